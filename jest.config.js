// Every unit-test project (libs and apps); integration tests have their own config in apps/api.
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const children = (dir) =>
  readdirSync(join(__dirname, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${dir}/${e.name}`);
const projectDirs = [...children('apps'), ...children('libs').flatMap(children)];

module.exports = {
  projects: projectDirs
    .filter((dir) => existsSync(join(__dirname, dir, 'jest.config.js')))
    .map((dir) => `<rootDir>/${dir}`),
};
