const preset = require('../../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'api-vacancies',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
