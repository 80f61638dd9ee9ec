// The program of the PGlite worker thread (run with `eval`, so it works the same from dist/ and under ts-jest).
//
// Protocol: the parent posts { id, op: 'query' | 'exec' | 'close', sql, params }; the worker answers
// { id, rows } or { id, error }. Message 0 is the answer to opening the database.

export const PGLITE_WORKER_SCRIPT = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require(workerData.pglitePath);

function plainError(error) {
  const out = { name: 'Error', message: String(error) };
  if (error && typeof error === 'object') {
    for (const key of Object.keys(error)) {
      const value = error[key];
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) out[key] = value;
    }
    out.name = error.name || 'Error';
    out.message = error.message || String(error);
    out.stack = error.stack;
  }
  return out;
}

(async () => {
  let db;
  try {
    const template = workerData.template ? new Blob([workerData.template], { type: 'application/x-gzip' }) : undefined;
    db = await PGlite.create({ dataDir: workerData.dataDir, loadDataDir: template });
  } catch (error) {
    parentPort.postMessage({ id: 0, error: plainError(error) });
    return;
  }
  parentPort.postMessage({ id: 0, rows: [] });
  parentPort.on('message', async (message) => {
    try {
      if (message.op === 'query') {
        const result = await db.query(message.sql, message.params);
        parentPort.postMessage({ id: message.id, rows: result.rows });
      } else if (message.op === 'exec') {
        await db.exec(message.sql);
        parentPort.postMessage({ id: message.id, rows: [] });
      } else if (message.op === 'close') {
        await db.close();
        parentPort.postMessage({ id: message.id, rows: [] });
      }
    } catch (error) {
      parentPort.postMessage({ id: message.id, error: plainError(error) });
    }
  });
})();
`;
