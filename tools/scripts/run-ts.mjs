// Runs a TypeScript entry point of this repository after an incremental compile:
//   node tools/scripts/run-ts.mjs tools/bench/matching.bench.ts [args…]
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { compile, outRoot, root } from './compile.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node tools/scripts/run-ts.mjs FILE.ts [args…]\n');
  process.exit(2);
}
await compile();
process.argv = [process.argv[0], entry, ...args];
const compiled = join(outRoot, relative(root, resolve(entry))).replace(/\.ts$/, '.js');
createRequire(import.meta.url)(compiled);
