module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-programmes',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
