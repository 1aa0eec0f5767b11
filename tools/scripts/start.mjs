// `npm start`: build what changed, then serve API and web client on one port with demo data.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildWeb } from './build-web.mjs';
import { compile, outRoot } from './compile.mjs';

process.env.PATHWAYS_SEED_DEMO ??= 'true';
// The vacancy alert worker runs inside the API process here; production runs it separately.
process.env.PATHWAYS_RUN_WORKER ??= 'true';
await compile({ quiet: false });
buildWeb();
createRequire(import.meta.url)(join(outRoot, 'apps/api/src/main.js'));
