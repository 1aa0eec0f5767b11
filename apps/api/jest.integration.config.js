module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/integration/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/integration/support/global-teardown.ts',
  testTimeout: 60000,
  // Nest's GraphQL type registry outlives Jest's per-file module reset within one worker
  // process; a fresh worker per test file keeps each file's app independent.
  workerIdleMemoryLimit: '1MB',
};
