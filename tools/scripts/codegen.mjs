// `npm run codegen`: regenerates the web client's typed hooks (libs/web/graphql/src/generated)
// from apps/api/schema.gql and the .graphql operations, formatted with Prettier so that
// regenerating an unchanged schema changes nothing (the drift check of `npm test`).
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function codegen(args = []) {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@graphql-codegen/cli/esm/bin.js'),
      '--config',
      'libs/web/graphql/codegen.ts',
      ...args,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  return result.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exit(codegen(process.argv.slice(2)));
}
