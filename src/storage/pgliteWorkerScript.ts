// The program of the PGlite worker thread (run with `eval`, so it works the same from dist/ and under ts-jest).
//
// Protocol: the parent posts { id, op: 'query' | 'exec' | 'collectGarbage' | 'close', sql, params }; the worker answers
// { id, rows } or { id, error }, one message at a time in arrival order. Message 0 answers opening the database.
//
// A statement is sent to Postgres as ONE batch of the extended protocol (parse, bind, describe, execute,
// sync; the parse only the first time a SQL text is seen: it is kept as a named statement) through execProtocolRaw: PGlite's own query() makes a separate trip into WebAssembly for each of
// those five messages plus a describe of the parameters, which is most of the cost of a small statement
// (measured 0.76 → 0.35 ms for a one-row read). Parameters go as text and PostgreSQL infers their types,
// so SQL states what it needs with casts ($1::jsonb, $1::text[]), as it already does for the pg driver.

export const PGLITE_WORKER_SCRIPT = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite, protocol, types } = require(workerData.pglitePath);
const serialize = protocol.serialize;

function plainError(error) {
  const out = { name: 'Error', message: String(error) };
  if (error && typeof error === 'object') {
    for (const key of Object.keys(error)) {
      const value = error[key];
      if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) out[key] = value;
    }
    out.name = error.name === 'error' ? 'DatabaseError' : error.name || 'Error';
    out.message = error.message || String(error);
    out.stack = error.stack;
  }
  return out;
}

/** A parameter as PostgreSQL text: arrays as array literals, objects as JSON, bytes as hex. */
function asText(value) {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const item = (x) => (x === null || x === undefined ? 'NULL' : '"' + String(asText(x)).replace(/\\\\/g, '\\\\\\\\').replace(/"/g, '\\\\"') + '"');
    return '{' + value.map(item).join(',') + '}';
  }
  if (value instanceof Uint8Array) return '\\\\x' + Buffer.from(value).toString('hex');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Named statements by SQL text: Postgres parses and plans a statement once, not for every call. */
const statements = new Map();
const MAX_STATEMENTS = 200;
let statementCount = 0;
/** "prepared statement does not exist" (after DEALLOCATE) and "cached plan must not change result type" (after DDL). */
const STALE_STATEMENT = new Set(['26000', '0A000']);
/** Statements after which a kept statement may no longer fit its tables; they themselves are not kept. */
const CHANGES_SCHEMA = /^\\s*(CREATE|ALTER|DROP|TRUNCATE|DEALLOCATE|DISCARD|COMMENT|GRANT|REVOKE|REINDEX|CLUSTER|VACUUM|IMPORT|SECURITY|DO)\\b/i;
const TRANSACTION_CONTROL = /^\\s*(BEGIN|COMMIT|ROLLBACK)\\s*;?\\s*$/i;

/** Closes every kept statement (also inside a failed transaction, where Close still works). */
async function forgetStatements(db) {
  if (statements.size === 0) return;
  const parts = [...statements.values()].map((name) => serialize.close({ type: 'S', name }));
  statements.clear();
  parts.push(serialize.sync());
  await db.execProtocolRaw(concat(parts), { syncToFs: false });
}

async function run(db, sql, params) {
  const parts = [];
  const keep = !CHANGES_SCHEMA.test(sql);
  let name = keep ? statements.get(sql) : '';
  const fresh = !keep || name === undefined;
  if (keep && name === undefined) {
    if (statements.size >= MAX_STATEMENTS) {
      const [oldest, oldName] = statements.entries().next().value;
      statements.delete(oldest);
      parts.push(serialize.close({ type: 'S', name: oldName }));
    }
    statementCount += 1;
    name = 's' + statementCount;
    parts.push(serialize.parse({ name, text: sql, types: [] }));
  } else if (!keep) parts.push(serialize.parse({ text: sql, types: [] }));
  parts.push(
    serialize.bind({ statement: name, values: (params || []).map(asText) }),
    serialize.describe({ type: 'P' }),
    serialize.execute({}),
    serialize.sync(),
  );
  const reply = await db.execProtocolRaw(concat(parts), { syncToFs: false });
  let fields = [];
  let error;
  let parsed = false;
  let idle = true;
  const rows = [];
  new protocol.Parser().parse(reply, (message) => {
    if (message.name === 'rowDescription') fields = message.fields;
    else if (message.name === 'dataRow') {
      const row = {};
      for (let i = 0; i < message.fields.length; i += 1) {
        const value = message.fields[i];
        row[fields[i].name] = value === null ? null : types.parseType(value, fields[i].dataTypeID, db.parsers);
      }
      rows.push(row);
    } else if (message.name === 'parseComplete') parsed = true;
    else if (message.name === 'error') error = error || message;
    else if (message.name === 'readyForQuery') idle = message.status === 'I';
  });
  // A statement that Postgres parsed exists under its name, whatever became of the call.
  if (keep && fresh && parsed) statements.set(sql, name);
  if (!keep) await forgetStatements(db);
  return { rows, error, idle, fresh, name };
}

async function query(db, sql, params) {
  let result = await run(db, sql, params);
  // Only outside a transaction block: inside one the error has already failed the transaction.
  if (result.error && !result.fresh && result.idle && STALE_STATEMENT.has(result.error.code)) {
    // Closed, then parsed again under a new name.
    statements.delete(sql);
    await db.execProtocolRaw(concat([serialize.close({ type: 'S', name: result.name }), serialize.sync()]), { syncToFs: false });
    result = await run(db, sql, params);
  }
  if (result.idle) await db.syncToFs();
  if (result.error) throw result.error;
  return result.rows;
}

/** V8's low-memory collection of this thread's heap (an in-process inspector session; no port is opened). */
function collectGarbage() {
  const session = new (require('node:inspector').Session)();
  session.connect();
  return new Promise((resolve) => session.post('HeapProfiler.collectGarbage', () => resolve())).finally(() => session.disconnect());
}

/** The same as fillFromTemplate in pgliteTemplate.ts (this script cannot import it). */
function fillFromTemplate(dataDir, fill) {
  const fs = require('node:fs');
  const path = require('node:path');
  fs.cpSync(fill.from, dataDir, { recursive: true, mode: fs.constants.COPYFILE_FICLONE, filter: (source) => !fill.skip.includes(path.relative(fill.from, source)) });
  fs.copyFileSync(path.join(fill.from, fill.last), path.join(dataDir, fill.last));
}

(async () => {
  let db;
  try {
    if (workerData.fill) fillFromTemplate(workerData.dataDir, workerData.fill);
    const template = workerData.template ? new Blob([workerData.template], { type: 'application/x-gzip' }) : undefined;
    db = await PGlite.create({ dataDir: workerData.dataDir, loadDataDir: template, postgresqlconf: workerData.postgresqlconf });
  } catch (error) {
    parentPort.postMessage({ id: 0, error: plainError(error) });
    return;
  }
  parentPort.postMessage({ id: 0, rows: [] });
  const handle = async (message) => {
    try {
      if (message.op === 'query') parentPort.postMessage({ id: message.id, rows: await query(db, message.sql, message.params) });
      else if (message.op === 'exec') {
        try {
          await db.exec(message.sql);
        } finally {
          // A script may change tables or deallocate: kept statements are parsed again.
          if (!TRANSACTION_CONTROL.test(message.sql)) await forgetStatements(db);
        }
        parentPort.postMessage({ id: message.id, rows: [] });
      } else if (message.op === 'collectGarbage') {
        await collectGarbage();
        parentPort.postMessage({ id: message.id, rows: [] });
      } else if (message.op === 'close') {
        await db.close();
        parentPort.postMessage({ id: message.id, rows: [] });
      }
    } catch (error) {
      parentPort.postMessage({ id: message.id, error: plainError(error) });
    }
  };
  // One message at a time: execProtocolRaw does not take PGlite's own lock.
  let queue = Promise.resolve();
  let lastMessage = 0;
  let lastCollection = Date.now();
  parentPort.on('message', (message) => {
    lastMessage = Date.now();
    queue = queue.then(() => handle(message));
  });
  // After a burst of work, once the database has been quiet for a moment, hand this thread's garbage back (V8 would do it
  // only much later): memory after a busy minute returns to what it was at start. Never while statements are waiting.
  setInterval(() => {
    const now = Date.now();
    if (lastMessage > lastCollection && now - lastMessage >= workerData.idleCollectMs && now - lastCollection >= workerData.idleCollectEveryMs) {
      lastCollection = now;
      queue = queue.then(() => collectGarbage());
    }
  }, 250).unref();
})();
`;
