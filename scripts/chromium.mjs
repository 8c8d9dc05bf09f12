// Where the test browser lives. Playwright cannot download its own here, so we use
// Debian's chromium; CHROMIUM_PATH overrides. Shared by playwright.config.ts and scripts.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Nothing may leave the machine: every host but this one fails to resolve.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

export function haveChromium() {
  return existsSync(chromiumPath);
}
