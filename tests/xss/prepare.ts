/**
 * `node --import tsx tests/xss/prepare.ts`: generate the XSS content folder and build
 * the app against it into .next-xss. `next build` runs the project's content check
 * first and must pass it (raw HTML is only a warning); its log, with the check's
 * warnings, goes to build.log in the work folder. The XSS Playwright config runs this
 * before `next start`, as its web server command, since Playwright starts the web
 * server before any globalSetup.
 *
 * XSS_SKIP_BUILD=1 reuses the last content and build (for work on the spec only);
 * XSS_CHECK=1 runs the content check on its own before the build.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblem } from '@/lib/check';
import { writeContent, type Manifest } from './content';
import { bodyPlacements, contentDir, corporaDir, distDir, loadPayloads, repoRoot, resultsDir, workDir } from './plan';

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(`[xss prepare] ${line}`);

function generate() {
  const { payloads, skipped } = loadPayloads();
  const written = writeContent(contentDir, payloads);
  const manifest: Manifest = {
    generatedFrom: corporaDir,
    payloads: payloads.map(({ id, source, at }) => ({ id, source, at })),
    skipped,
    adapted: Object.fromEntries(bodyPlacements.map((p) => [p, Object.fromEntries(written.forms[p])])) as Manifest['adapted'],
  };
  writeFileSync(path.join(workDir, 'manifest.json'), JSON.stringify(manifest));
  log(`wrote ${payloads.length} payloads to ${contentDir} in ${seconds()}`);
  for (const p of bodyPlacements) {
    const forms = [...written.forms[p].values()].reduce<Record<string, number>>((acc, f) => ({ ...acc, [f]: (acc[f] ?? 0) + 1 }), {});
    log(`  ${p}: ${payloads.length - written.forms[p].size} exact${Object.entries(forms).map(([f, n]) => `, ${n} ${f}`).join('')}`);
  }
  if (process.env.XSS_CHECK === '1') {
    const errors = checkContent(contentDir).filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new Error(`The generated content fails the content check:\n${errors.slice(0, 20).map(formatProblem).join('\n')}`);
    log(`content check passed (${seconds()})`);
  }
}

/** `next build` may add its dist folder's types to tsconfig.json: take that back out. */
function restoreTsconfig(before: string) {
  const file = path.join(repoRoot, 'tsconfig.json');
  const after = readFileSync(file, 'utf8');
  if (after === before) return;
  const a = JSON.parse(before) as { include?: string[] };
  const b = JSON.parse(after) as { include?: string[] };
  const added = (b.include ?? []).filter((entry) => !(a.include ?? []).includes(entry));
  const same = JSON.stringify({ ...b, include: (b.include ?? []).filter((e) => !added.includes(e)) }) === JSON.stringify(a);
  // Only build folders' types were added (ours, or another build's running at the same time).
  if (same && added.every((entry) => entry.startsWith('.next'))) writeFileSync(file, before);
}

async function build() {
  const logFile = path.join(workDir, 'build.log');
  const out = createWriteStream(logFile);
  const tsconfig = readFileSync(path.join(repoRoot, 'tsconfig.json'), 'utf8');
  const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: repoRoot,
    env: { ...process.env, DUIZHAO_CONTENT: contentDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Each line with the time it came: the log says where a slow build spent it.
  let warnings = 0;
  let rest = '';
  const take = (chunk: Buffer) => {
    const text = rest + chunk.toString();
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line.includes(': warning: ')) warnings++;
      out.write(`[${seconds()}] ${line}\n`);
    }
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  out.write(rest);
  await new Promise((resolve) => out.end(resolve));
  restoreTsconfig(tsconfig);
  if (status !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').filter((l) => !l.includes(': warning: ')).slice(-60).join('\n');
    throw new Error(`next build failed (full log: ${logFile}):\n${tail}`);
  }
  log(`next build done in ${seconds()}; ${warnings} content warnings in ${logFile}`);
}

async function main() {
  if (process.env.XSS_SKIP_BUILD === '1' && existsSync(path.join(repoRoot, distDir, 'BUILD_ID')) && existsSync(path.join(workDir, 'manifest.json'))) {
    log('XSS_SKIP_BUILD=1: reusing the last content and build');
  } else {
    mkdirSync(workDir, { recursive: true });
    generate();
    await build();
  }
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
