module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'domain-matching',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
