/**
 * The XSS suite: `npx playwright test --config tests/xss/playwright.config.ts`.
 *
 * Playwright starts the web server before any globalSetup, so the server command does
 * the whole preparation: generate the payload content (tests/xss/prepare.ts), build the
 * app against it into .next-xss, then `next start` it. Playwright stops the server at
 * the end; the summary of what was checked prints last (summary.ts).
 */
import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error a plain ES module shared with the scripts, no types needed
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { contentDir, distDir, port, repoRoot } from './plan';

export default defineConfig({
  testDir: '.',
  testMatch: 'xss.spec.ts',
  outputDir: '../../test-results/xss',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // The payload pages are large (1.5 MB of HTML each): give them time on a busy machine.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  globalTeardown: './summary.ts',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    // What is under test is the content pipeline: the CSP would hide a request a payload
    // makes (and allows inline handlers anyway), so the page runs without it.
    bypassCSP: true,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } } }],
  webServer: {
    command: `node --import tsx tests/xss/prepare.ts && exec node_modules/.bin/next start --port ${port}`,
    cwd: repoRoot,
    url: `http://localhost:${port}/en`,
    reuseExistingServer: false,
    // Generation and `next build` of ~300 pages happen before the server listens.
    timeout: 480_000,
    stdout: 'pipe',
    env: { DUIZHAO_CONTENT: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  },
});
