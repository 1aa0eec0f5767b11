// `npm run --silent cli -- …`: compile what changed, then run the CLI (stdout carries only results).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compile, outRoot } from './compile.mjs';

await compile();
const { runCli } = createRequire(import.meta.url)(join(outRoot, 'apps/cli/src/main.js'));
process.exitCode = await runCli(process.argv.slice(2));
