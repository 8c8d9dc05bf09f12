#!/usr/bin/env node
// `npm start`: build once when there is no production build yet, then serve it.
// PORT overrides the port (default 3000).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const next = path.join(root, 'node_modules', '.bin', 'next');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
  console.log('No production build yet: running `next build` first.');
  const build = spawnSync(next, ['build'], { cwd: root, env, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(next, ['start', '--port', process.env.PORT ?? '3000'], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
