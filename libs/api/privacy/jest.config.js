module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-privacy',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
