import { defineConfig, devices } from '@playwright/test';
// @ts-expect-error a plain ES module shared with the scripts, no types needed
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const port = Number(process.env.E2E_PORT ?? 3107);
// `server`: the production build under `next start`. `static`: the export in out/,
// served by a plain static file server with the same headers (serve.json).
const target = process.env.E2E_TARGET === 'static' ? 'static' : 'server';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
  },
  projects: [{ name: target, use: { ...devices['Desktop Chrome'], launchOptions: { executablePath: chromiumPath, args: chromiumArgs } } }],
  webServer: {
    command:
      target === 'static'
        ? `node_modules/.bin/serve out --listen ${port} --config ../serve.json --no-request-logging`
        : `node_modules/.bin/next start --port ${port}`,
    url: `http://localhost:${port}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
