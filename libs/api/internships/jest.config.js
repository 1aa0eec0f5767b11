module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-internships',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
