const path = require('node:path');
const esmOnly = ['any-ascii'];   // ESM-only deps that jest (CJS mode, Node 20) must transform
module.exports = {
  testEnvironment: 'node',
  // generous per-test timeout: tests load real official lists on a shared 2-core machine
  testTimeout: 60_000,
  // a handle left open after the last test fails the run, named (instead of hanging jest or hiding it with forceExit)
  globalTeardown: path.join(__dirname, 'jest.leaks.cjs'),
  // and forceExit for what the guard cannot see: Node 20 lists no timers among its handles, and a BullMQ worker's
  // lock-extension timer (7.5 s period) left by services/api/test/redis-outage.test.ts (a worker closed after its Redis
  // went down and came back; found file by file with getActiveResourcesInfo()) hung that package's jest in a
  // clean-clone CI run (found with the inspector: getActiveResourcesInfo() = ['Timeout'], a lock-extension closure)
  forceExit: true,
  cacheDirectory: path.join(__dirname, 'node_modules/.cache/jest'),
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
  transform: { '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { warnOnly: false } }] },
  transformIgnorePatterns: [`/node_modules/(?!(?:\\.pnpm/)?(?:${esmOnly.join('|')})[@/])`],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json', 'cjs', 'mjs'],
};
