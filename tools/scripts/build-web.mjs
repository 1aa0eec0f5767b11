// Builds the web client with Vite unless the last build is newer than every source it uses.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from './compile.mjs';

// Not apps/api/schema.gql: the API rewrites it on every start; the client uses the generated hooks.
const sources = ['apps/web', 'libs/web', 'libs/domain'];
const builtIndex = join(root, 'dist/apps/web/index.html');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) =>
      name === 'node_modules' ? newest : Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

export function buildWeb({ force = false } = {}) {
  if (
    !force &&
    existsSync(builtIndex) &&
    statSync(builtIndex).mtimeMs >= Math.max(...sources.map((s) => newestMtime(join(root, s))))
  ) {
    return;
  }
  process.stderr.write('building the web client…\n');
  const result = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '-c', 'apps/web/vite.config.mts', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('the web client build failed');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildWeb({ force: true });
