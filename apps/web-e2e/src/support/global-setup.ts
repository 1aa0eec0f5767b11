import { CHROMIUM_MISSING, chromiumInstalled, mustHaveChromium } from './chromium';
import { startAppServer } from './app-server';

/**
 * Starts the already built app (`node tools/scripts/compile.mjs` and the web build come first)
 * and hands its address to the tests and to global-teardown through the environment.
 */
export default async function globalSetup(): Promise<void> {
  if (!chromiumInstalled()) {
    if (mustHaveChromium()) throw new Error(`${CHROMIUM_MISSING} (CI=true: failing, not skipping)`);
    process.stdout.write(`${CHROMIUM_MISSING}\n`);
    return;
  }
  const server = await startAppServer();
  process.env['E2E_BASE_URL'] = server.baseUrl;
  process.env['E2E_SERVER_PID'] = String(server.pid);
  process.env['E2E_DATA_DIR'] = server.dataDir;
}
