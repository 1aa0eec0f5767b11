// `npm run dev`: the API with restart-on-change on :3000 and Vite's hot-reloading web client
// on :4200 (proxying /graphql and /health to the API). Open http://localhost:4200.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { join } from 'node:path';
import { compile, outRoot, root } from './compile.mjs';

process.env.PATHWAYS_SEED_DEMO ??= 'true';
const watched = ['apps/api/src', 'libs/api', 'libs/domain'];
let api = null;
let restartTimer = null;

function startApi() {
  api = spawn(process.execPath, ['--enable-source-maps', join(outRoot, 'apps/api/src/main.js')], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
}

function stopApi() {
  return new Promise((resolve) => {
    if (!api || api.exitCode !== null) return resolve();
    api.once('exit', resolve);
    api.kill('SIGTERM');
  });
}

async function restart() {
  try {
    const changed = await compile();
    if (!changed) return;
    process.stderr.write(`\n${changed} file(s) changed: restarting the API…\n`);
    await stopApi();
    startApi();
  } catch (error) {
    process.stderr.write(`compile failed: ${error.message}\n`);
  }
}

await compile({ quiet: false });
startApi();
const vite = spawn(join(root, 'node_modules/.bin/vite'), ['-c', 'apps/web/vite.config.mts'], {
  cwd: root,
  stdio: 'inherit',
});
for (const dir of watched) {
  watch(join(root, dir), { recursive: true }, (_event, file) => {
    if (!file || !file.endsWith('.ts') || file.includes('__tests__')) return;
    clearTimeout(restartTimer);
    restartTimer = setTimeout(restart, 300);
  });
}

async function shutdown() {
  vite.kill('SIGTERM');
  await stopApi();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
