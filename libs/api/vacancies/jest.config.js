module.exports = {
  ...require('../../../jest.preset.js'),
  displayName: 'api-vacancies',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
