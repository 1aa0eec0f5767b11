// `npm run build`: a clean production build of the server code and the web client.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildWeb } from './build-web.mjs';
import { compile, outRoot, root } from './compile.mjs';

rmSync(outRoot, { recursive: true, force: true });
rmSync(join(root, 'dist/apps/web'), { recursive: true, force: true });
await compile({ quiet: false });
buildWeb({ force: true });
