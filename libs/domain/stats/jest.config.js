module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'domain-stats',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
