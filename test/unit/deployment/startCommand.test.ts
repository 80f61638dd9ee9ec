// `npm start`, the container and App Service start the server with the same Node.js flags, and the benchmarks measure it so.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PRODUCTION_NODE_ARGS } from '../../../bench/servers';
import { projectRoot } from '../../../src/projectRoot';

const read = (file: string) => readFileSync(path.join(projectRoot(), file), 'utf8');
/** The words between `node` and the script. */
const flagsOf = (command: string) => {
  const words = command.trim().split(/\s+/);
  expect(words[0]).toBe('node');
  expect(words[words.length - 1]).toBe('dist/src/index.js');
  return words.slice(1, -1);
};

describe('the start command', () => {
  it('is the same in npm start, the Dockerfile, the App Service template and the benchmarks', () => {
    const npmStart = (JSON.parse(read('package.json')) as { scripts: { start: string } }).scripts.start;
    const dockerCmd = (JSON.parse(/^CMD (\[.*\])$/m.exec(read('deployment/Dockerfile'))![1]) as string[]).join(' ');
    const appService = /appCommandLine: '([^']+)'/.exec(read('deployment/azure/main.bicep'))![1];
    expect(flagsOf(npmStart)).toEqual(PRODUCTION_NODE_ARGS);
    expect(flagsOf(dockerCmd)).toEqual(PRODUCTION_NODE_ARGS);
    expect(flagsOf(appService)).toEqual(PRODUCTION_NODE_ARGS);
  });

  it('runs the garbage collector on the JavaScript threads only (see README, Speed)', () => {
    expect(PRODUCTION_NODE_ARGS).toContain('--single-threaded-gc');
  });
});
