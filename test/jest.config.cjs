module.exports = { ...require('../jest.preset.cjs'), testMatch: ['<rootDir>/e2e/**/*.test.ts'] };
