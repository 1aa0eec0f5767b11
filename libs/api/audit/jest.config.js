module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-audit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
