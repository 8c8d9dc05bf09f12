/**
 * `npm run bench:load`: the reader page under load. `next start` (its own dist dir,
 * 127.0.0.1 only) answers autocannon's 50 connections for 20 seconds; we report
 * requests per second, latency percentiles, errors and non-2xx answers, and the
 * server's resident memory sampled every second. The same load then runs again, and
 * memory counts as flat if that second run leaves the server at most 10 % bigger.
 */
import { heading, mb, nextBuild, nextStart, printMachine, run, sleep, table, treeCpuMs, treeRss, verdict } from './common';

const PORT = 3330;
const DIST_DIR = '.next-bench-load';
const PATH = '/en/articles/the-secret-history-of-elon-musk-sam-altman-and-openai';
const CONNECTIONS = 50;
const SECONDS = 20;

interface Histogram {
  average: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

interface Result {
  requests: Histogram & { total: number };
  latency: Histogram;
  throughput: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}

async function main() {
  heading(`bench:load: ${CONNECTIONS} connections for ${SECONDS} s on the reader page`);
  printMachine();
  // @ts-expect-error autocannon ships no types
  const { default: autocannon } = (await import('autocannon')) as { default: (options: object) => Promise<Result> };

  console.log(`building into ${DIST_DIR} …`);
  const buildMs = await nextBuild({ distDir: DIST_DIR, timeoutMs: 240_000 });
  console.log(`build: ${(buildMs / 1000).toFixed(1)} s`);
  const server = await nextStart({ distDir: DIST_DIR, port: PORT });
  const url = `${server.url}${PATH}`;
  try {
    // One request renders and caches the article; the run measures the steady state.
    const first = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    if (first.status !== 200) throw new Error(`${PATH} answered ${first.status}`);
    const body = await first.arrayBuffer();
    const header = (name: string) => first.headers.get(name) ?? '–';
    console.log(`page: ${(body.byteLength / 1000).toFixed(1)} kB (as decoded); cache-control ${header('cache-control')}; x-nextjs-cache ${header('x-nextjs-cache')}; x-nextjs-prerender ${header('x-nextjs-prerender')}`);
    await sleep(1000);

    // The measured run, then the same load again: memory is flat if the second run,
    // serving as many requests again, leaves the server no bigger than the first did.
    const rounds = [await round(autocannon, url, server.pid), await round(autocannon, url, server.pid)];
    const { result, cpuMs } = rounds[0]!;

    heading('Throughput and latency (first run)');
    console.log(table([
      ['requests/s (mean)', 'requests', 'latency p50', 'p90', 'p99', 'max', '2xx', 'non-2xx', 'errors', 'timeouts', 'bytes/s (mean)'],
      [
        result.requests.average.toFixed(1),
        result.requests.total,
        `${result.latency.p50} ms`,
        `${result.latency.p90} ms`,
        `${result.latency.p99} ms`,
        `${result.latency.max} ms`,
        result['2xx'],
        result.non2xx,
        result.errors,
        result.timeouts,
        mb(result.throughput.average, 2),
      ],
    ]));

    console.log(`server CPU: ${(cpuMs / 1000).toFixed(1)} s over the run, ${(cpuMs / Math.max(1, result.requests.total)).toFixed(2)} ms per request (user + system, from /proc: less sensitive than latency to what else the machine is doing)`);
    console.log(`second run: ${rounds[1]!.result.requests.average.toFixed(1)} requests/s, p99 ${rounds[1]!.result.latency.p99} ms, ${rounds[1]!.result.errors + rounds[1]!.result.timeouts + rounds[1]!.result.non2xx} errors`);

    heading('Server memory (next start and its workers, RSS every second)');
    console.log(table([
      ['run', 'requests', 'start', 'max', 'end (1 s after)', 'end − start'],
      ...rounds.map(({ result: r, rss }, index) => {
        const [first, last] = [rss[0]!, rss.at(-1)!];
        return [String(index + 1), r.requests.total, mb(first), mb(Math.max(...rss)), mb(last), `${last >= first ? '+' : '−'}${mb(Math.abs(last - first))}`];
      }),
    ]));
    rounds.forEach(({ rss }, index) => console.log(`run ${index + 1} samples (MB): ${rss.map((b) => (b / 1e6).toFixed(0)).join(' ')}`));
    const [firstEnd, secondEnd] = rounds.map(({ rss }) => rss.at(-1)!);
    const growth = secondEnd! / firstEnd! - 1;

    heading('Targets');
    const failures = rounds.reduce((n, { result: r }) => n + r.errors + r.timeouts + r.non2xx, 0);
    console.log(`zero errors, timeouts and non-2xx answers: ${failures}  ${verdict(failures === 0)}`);
    console.log(`p99 latency under 1 s: ${result.latency.p99} ms  ${verdict(result.latency.p99 < 1000)}`);
    console.log(`memory flat: the second run's requests grew the server by ${(growth * 100).toFixed(1)} % (≤ 10 %)  ${verdict(growth <= 0.1)}`);
  } finally {
    server.stop();
  }
}

/** One run of the load, with the server's RSS sampled every second and once more after. */
async function round(autocannon: (options: object) => Promise<Result>, url: string, pid: number) {
  const cpuBefore = treeCpuMs(pid);
  const rss: number[] = [treeRss(pid)];
  const sampler = setInterval(() => rss.push(treeRss(pid)), 1000);
  let result: Result;
  try {
    // As a browser asks: next start compresses the page.
    result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers: { 'accept-encoding': 'gzip' } });
  } finally {
    clearInterval(sampler);
  }
  const cpuMs = treeCpuMs(pid) - cpuBefore;
  await sleep(1000);
  rss.push(treeRss(pid));
  return { result, cpuMs, rss };
}

run(main, 8 * 60_000);
