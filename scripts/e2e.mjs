#!/usr/bin/env node
// `npm run test:e2e`: make sure a browser is there, build for production, run Playwright.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { chromiumPath, haveChromium } from './chromium.mjs';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' }).status ?? 1;

if (!haveChromium()) {
  if (process.getuid?.() === 0 && !process.env.CHROMIUM_PATH) {
    console.log('Chromium not found: installing Debian packages chromium and fonts-noto-cjk.');
    const apt = ['-y', '-q', 'install', 'chromium', 'fonts-noto-cjk'];
    if (run('apt-get', ['update', '-q']) !== 0 || run('apt-get', apt) !== 0) process.exit(1);
  } else {
    console.error(`No browser at ${chromiumPath}: install one with \`sudo apt-get install chromium fonts-noto-cjk\` or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
if (run(path.join(root, 'node_modules', '.bin', 'next'), ['build']) !== 0) process.exit(1);
process.exit(run(path.join(root, 'node_modules', '.bin', 'playwright'), ['test', ...process.argv.slice(2)]));
