#!/usr/bin/env node
// `npm run test:e2e`: make sure a browser is there, then run the Playwright suite
// twice: against the static export in out/ served by a plain file server, and
// against the production build under `next start`. Then the XSS suite: every public
// payload through the real pipeline, built and rendered in Chromium. Extra arguments
// go to the first two runs.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, haveChromium } from './chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, extraEnv = {}) =>
  spawnSync(cmd, args, { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extraEnv }, stdio: 'inherit' }).status ?? 1;
const step = (title, cmd, args, extraEnv) => {
  console.log(`\n== ${title}`);
  if (run(cmd, args, extraEnv) !== 0) process.exit(1);
};

if (!haveChromium()) {
  if (process.getuid?.() === 0 && !process.env.CHROMIUM_PATH) {
    console.log('Chromium not found: installing Debian packages chromium and fonts-noto-cjk.');
    step('apt-get update', 'apt-get', ['update', '-q']);
    step('apt-get install', 'apt-get', ['-y', '-q', 'install', 'chromium', 'fonts-noto-cjk']);
  } else {
    console.error(`No browser at ${chromiumPath}: install one with \`sudo apt-get install chromium fonts-noto-cjk\` or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
const extra = process.argv.slice(2);
// The export first: it builds in .next too, so the server build comes after it and is
// what .next holds when the suite is done (ready for `npm start`).
step('static export (out/)', process.execPath, [path.join(root, 'scripts', 'export.mjs')]);
step('Playwright against the static export', bin('playwright'), ['test', ...extra], { E2E_TARGET: 'static' });
step('next build', bin('next'), ['build']);
step('Playwright against next start', bin('playwright'), ['test', ...extra], { E2E_TARGET: 'server' });
step('XSS suite (generates content, builds .next-xss, serves it)', bin('playwright'), ['test', '--config', 'tests/xss/playwright.config.ts']);
