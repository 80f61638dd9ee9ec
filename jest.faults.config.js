/** `npm run test:faults`: the long fault and abuse runs (thousands of fuzzed requests, ≥ 50 kill -9 runs, PostgreSQL stopped). */
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['**/test/faults/**/*.test.ts', '**/test/faults/**/*.fault.ts'],
  testTimeout: 900000,
  maxWorkers: 1,
};
