module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-mail',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
