module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'domain-seb',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
