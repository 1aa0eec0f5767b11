import { stopAppServer } from './app-server';

export default async function globalTeardown(): Promise<void> {
  const pid = Number(process.env['E2E_SERVER_PID']);
  const dataDir = process.env['E2E_DATA_DIR'];
  if (!pid || !dataDir) return;
  await stopAppServer({ pid, dataDir, baseUrl: process.env['E2E_BASE_URL'] ?? '' });
}
