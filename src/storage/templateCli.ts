// `node dist/src/storage/templateCli.js`: makes the PGlite data folder template new data folders are copied from (part of `npm run build`).
import { buildTemplate, TEMPLATE_DIR } from './pgliteTemplate';

buildTemplate().then(
  (made) => process.stdout.write(made ? `PGlite template made in ${TEMPLATE_DIR}\n` : ''),
  (error: Error) => {
    process.stderr.write(`could not make the PGlite template: ${error.message}\n`);
    process.exit(1);
  },
);
