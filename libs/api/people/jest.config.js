module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-people',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
