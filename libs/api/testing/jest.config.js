module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-testing',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
