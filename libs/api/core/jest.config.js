module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-core',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
