import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_MISSING = `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` to run browser tests`;

export function chromiumInstalled(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** On CI a missing browser is a broken machine, not a reason to pass with nothing tested. */
export function mustHaveChromium(): boolean {
  return process.env['CI'] === 'true';
}
