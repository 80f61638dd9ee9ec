// The bootstrap of the understanding worker thread (run with `eval`, so it starts the same from dist/ and from the
// TypeScript sources): it loads workerMain, transpiling .ts files on the fly when the app itself runs from sources.
export const UNDERSTANDING_WORKER_SCRIPT = `
'use strict';
const { workerData } = require('node:worker_threads');
if (workerData.entry.endsWith('.ts') && !require.extensions['.ts']) {
  const fs = require('node:fs');
  const ts = require(workerData.typescriptPath);
  const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, resolveJsonModule: true };
  require.extensions['.ts'] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions, fileName: filename });
    module._compile(outputText, filename);
  };
}
require(workerData.entry);
`;
