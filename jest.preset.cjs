const path = require('node:path');
const esmOnly = ['any-ascii'];   // ESM-only deps that jest (CJS mode, Node 20) must transform
module.exports = {
  testEnvironment: 'node',
  // generous per-test timeout: tests load real official lists on a shared 2-core machine
  testTimeout: 60_000,
  // a handle or ref'd timer left after the last test fails the run, named (instead of hanging jest or hiding it with forceExit)
  globalTeardown: path.join(__dirname, 'jest.leaks.cjs'),
  cacheDirectory: path.join(__dirname, 'node_modules/.cache/jest'),
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'node-addons'] },
  transform: { '^.+\\.[tj]sx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { warnOnly: false } }] },
  transformIgnorePatterns: [`/node_modules/(?!(?:\\.pnpm/)?(?:${esmOnly.join('|')})[@/])`],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json', 'cjs', 'mjs'],
};
