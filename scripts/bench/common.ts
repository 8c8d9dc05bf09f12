/**
 * What the benchmark scripts share: figures (median, percentiles, tables, verdicts),
 * and the lifecycle of a Next.js build and server in a dist dir of their own.
 *
 * Benchmarks print figures; they are not timed tests. A script exits 0 when it ran,
 * whatever its verdicts, and non-zero only when it could not run. Every child process
 * it starts is stopped by its id, and every temporary folder removed, on the way out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(__dirname, '..', '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

// ── Figures ─────────────────────────────────────────────────────────────

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const ms = (value: number, digits = 1) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : 'n/a');
/** Sizes in kB of 1,000 bytes, as Next and Lighthouse print them. */
export const kb = (bytes: number, digits = 1) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(digits)} kB` : 'n/a');
export const mb = (bytes: number, digits = 1) => (Number.isFinite(bytes) ? `${(bytes / 1e6).toFixed(digits)} MB` : 'n/a');
export const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** A plain-text table: the first row is the header. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map(String));
  const widths = cells[0]!.map((_, col) => Math.max(...cells.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]!) : cell.padStart(widths[col]!))).join('  ');
  const out = [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)];
  return out.join('\n');
}

export function heading(title: string) {
  console.log(`\n${title}\n${'═'.repeat(title.length)}`);
}

/** Machine context: these figures are only comparable within one run. */
export function printMachine() {
  const [one, five] = os.loadavg();
  console.log(`machine: ${os.cpus().length} cores, load average ${one!.toFixed(1)} / ${five!.toFixed(1)} (1 / 5 min), node ${process.version}, ${os.platform()} ${os.release()}`);
}

// ── Processes ───────────────────────────────────────────────────────────

const children = new Set<ChildProcess>();
const temporary = new Set<string>();
const restorers: (() => void)[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temporary.add(dir);
  return dir;
}

/** Remove a folder when the script ends, however it ends. */
export function removeLater(dir: string) {
  temporary.add(dir);
}

function cleanup() {
  for (const child of children) stopProcess(child);
  for (const restore of restorers.splice(0)) restore();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  temporary.clear();
}

let installed = false;
/** Run `main`, clean up whatever it left, and exit 0 if it ran, 1 if it could not. */
export function run(main: () => Promise<void>, limitMs: number) {
  if (!installed) {
    installed = true;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        cleanup();
        process.exit(130);
      });
    }
  }
  const watchdog = setTimeout(() => {
    console.error(`\nbenchmark stopped: it ran longer than its ${Math.round(limitMs / 1000)} s limit`);
    cleanup();
    process.exit(1);
  }, limitMs);
  main()
    .then(() => {
      clearTimeout(watchdog);
      cleanup();
      process.exit(0);
    })
    .catch((error: unknown) => {
      clearTimeout(watchdog);
      console.error(`\nbenchmark could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      cleanup();
      process.exit(1);
    });
}

/** Stop a process we started, and its process group (next start forks workers). */
export function stopProcess(child: ChildProcess) {
  children.delete(child);
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

/** A process we started and must stop at exit, whatever happens. */
export function track<T extends ChildProcess>(child: T): T {
  children.add(child);
  return child;
}

/** Every process below `pid` (Linux /proc), nearest first. */
function below(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields start after the last ')'.
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    for (const [child, parent] of parents) if (parent === tree[i]) tree.push(child);
  }
  return tree.slice(1);
}

/** Resident memory of a process and all its descendants, in bytes. */
export function treeRss(pid: number): number {
  return [pid, ...below(pid)].reduce((sum, id) => sum + processRss(id), 0);
}

/** CPU time (user + system) used so far by a process and its descendants, in ms. */
export function treeCpuMs(pid: number): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  return [pid, ...below(pid)].reduce((sum, id) => {
    try {
      const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      return sum;
    }
  }, 0);
}

export function processRss(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Every process below `pid`, with its command line. */
export function descendants(pid: number): { pid: number; cmdline: string }[] {
  return below(pid).flatMap((id) => {
    try {
      return [{ pid: id, cmdline: readFileSync(`/proc/${id}/cmdline`, 'utf8').replace(/\0/g, ' ') }];
    } catch {
      return [];
    }
  });
}

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Wait until a URL answers (any status), or throw after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering ${url}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(5000) });
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`);
}

// ── Next.js ─────────────────────────────────────────────────────────────

/**
 * `next build` writes the dist dir's type globs into tsconfig.json and points
 * next-env.d.ts at it. Those files belong to the project, not to a benchmark: put
 * them back as they were, unless someone else changed them in the meantime.
 */
function guardProjectFiles(cwd: string, distDir: string): () => void {
  const tsconfig = path.join(cwd, 'tsconfig.json');
  const nextEnv = path.join(cwd, 'next-env.d.ts');
  const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  const before = { tsconfig: read(tsconfig), nextEnv: read(nextEnv) };
  return () => {
    const now = read(tsconfig);
    if (before.tsconfig !== undefined && now !== undefined && now !== before.tsconfig) {
      try {
        const config = JSON.parse(now) as { include?: string[] };
        const mine = (entry: string) => entry.startsWith(`${distDir}/`);
        if (config.include?.some(mine)) {
          config.include = config.include.filter((entry) => !mine(entry));
          // Back to the very bytes we found; or, if another build changed it meanwhile,
          // take out only our globs, in the layout Next wrote it (2-space JSON).
          if (JSON.stringify(config) === JSON.stringify(JSON.parse(before.tsconfig))) writeFileSync(tsconfig, before.tsconfig);
          else writeFileSync(tsconfig, `${JSON.stringify(config, null, 2)}\n`);
        }
      } catch {
        console.warn(`note: tsconfig.json changed during the build and is not plain JSON; check it for ${distDir} globs`);
      }
    }
    const env = read(nextEnv);
    if (env !== before.nextEnv && env?.includes(distDir)) {
      if (before.nextEnv === undefined) rmSync(nextEnv, { force: true });
      else writeFileSync(nextEnv, before.nextEnv);
    }
  };
}

export interface BuildOptions {
  /** Project folder. Default: the repository. */
  cwd?: string;
  /** Relative dist dir, e.g. `.next-bench-long`; removed at exit. */
  distDir: string;
  env?: Record<string, string>;
  timeoutMs: number;
}

/** `next build` into a dist dir of our own; returns the wall time in ms. */
export async function nextBuild({ cwd = root, distDir, env = {}, timeoutMs }: BuildOptions): Promise<number> {
  removeLater(path.join(cwd, distDir));
  const restore = guardProjectFiles(cwd, distDir);
  restorers.push(restore);
  const log = path.join(tempDir('duizhao-build-log-'), 'build.log');
  const out = createWriteStream(log);
  const started = performance.now();
  const child = spawn(process.execPath, [nextBin, 'build'], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  children.add(child);
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const timer = setTimeout(() => stopProcess(child), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
  clearTimeout(timer);
  children.delete(child);
  const elapsed = performance.now() - started;
  await new Promise((resolve) => out.end(resolve));
  restore();
  restorers.splice(restorers.indexOf(restore), 1);
  if (code !== 0) {
    const tail = readFileSync(log, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`next build (${distDir}) failed with code ${code} after ${(elapsed / 1000).toFixed(0)} s:\n${tail}`);
  }
  return elapsed;
}

export interface Server {
  child: ChildProcess;
  url: string;
  pid: number;
  stop(): void;
}

/** `next start` on 127.0.0.1 only, in its own process group; resolves once it answers. */
export async function nextStart({ cwd = root, distDir, port, env = {} }: { cwd?: string; distDir: string; port: number; env?: Record<string, string> }): Promise<Server> {
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  children.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(url, 60_000, child);
  } catch (error) {
    stopProcess(child);
    throw new Error(`${(error as Error).message}\n${stderr}`);
  }
  return { child, url, pid: child.pid!, stop: () => stopProcess(child) };
}
