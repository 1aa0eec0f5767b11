module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-identity',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
