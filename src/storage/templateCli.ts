// `node dist/src/storage/templateCli.js`: makes the PGlite data folder template new data folders are copied from (part of `npm run build`).
import { logger } from '../logger';
import { TEMPLATE_DIR } from './pgliteTemplate';
import { buildTemplate } from './pgliteTemplateBuild';

// The migrations applied to the template are not news in the build's output.
logger.level = 'warn';

buildTemplate().then(
  (made) => process.stdout.write(made ? `PGlite template made in ${TEMPLATE_DIR}\n` : ''),
  (error: Error) => {
    process.stderr.write(`could not make the PGlite template: ${error.message}\n`);
    process.exit(1);
  },
);
