import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH } from './src/support/chromium';

// Runs against the built app, started by global-setup on a free port with its own database.
export default defineConfig({
  testDir: './src',
  testMatch: '*.e2e.ts',
  outputDir: '../../tmp/web-e2e/results',
  globalSetup: './src/support/global-setup.ts',
  globalTeardown: './src/support/global-teardown.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 30_000,
  use: {
    // Set by global-setup; workers start after it and read it here.
    baseURL: process.env['E2E_BASE_URL'],
    browserName: 'chromium',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
});
