module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-outcomes',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
