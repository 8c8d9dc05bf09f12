#!/usr/bin/env node
// `npm run export`: the static site in out/. Next builds an export in .next before
// writing out/, so whatever server build was in .next is gone afterwards: remove its
// BUILD_ID too, so that `npm start` builds afresh instead of serving a half-export.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DUIZHAO_EXPORT: '1' };
const status = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { cwd: root, env, stdio: 'inherit' }).status ?? 1;
rmSync(path.join(root, '.next', 'BUILD_ID'), { force: true });
process.exit(status);
