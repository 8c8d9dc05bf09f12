#!/usr/bin/env node
// `npx duizhao <command>`: the editors' toolchain. Runs the TypeScript sources through
// tsx, so a fresh clone needs `npm ci` and nothing else (no build step).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// The `@/…` imports resolve through the project's tsconfig, whatever the working directory.
process.env.TSX_TSCONFIG_PATH = path.join(root, 'tsconfig.json');
const { tsImport } = await import('tsx/esm/api');
const { main } = await tsImport('./cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
