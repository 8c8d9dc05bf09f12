/**
 * `npm run bench:load`: the reader page under load. `next start` (its own dist dir,
 * 127.0.0.1 only) answers autocannon's 50 connections for 20 seconds; we report
 * requests per second, latency percentiles, errors and non-2xx answers, and the
 * server's resident memory sampled every second, to show whether it stays flat.
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

    const cpuBefore = treeCpuMs(server.pid);
    const rss: number[] = [treeRss(server.pid)];
    const sampler = setInterval(() => rss.push(treeRss(server.pid)), 1000);
    let result: Result;
    try {
      result = await autocannon({
        url,
        connections: CONNECTIONS,
        duration: SECONDS,
        // As a browser asks: next start compresses the page.
        headers: { 'accept-encoding': 'gzip' },
      });
    } finally {
      clearInterval(sampler);
    }
    const cpuMs = treeCpuMs(server.pid) - cpuBefore;
    await sleep(1000);
    rss.push(treeRss(server.pid));

    heading('Throughput and latency');
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

    heading('Server memory (next start and its workers, RSS every second)');
    const [start, end] = [rss[0]!, rss.at(-1)!];
    const max = Math.max(...rss);
    console.log(table([
      ['start', 'max', 'end', 'end − start'],
      [mb(start), mb(max), mb(end), `${end >= start ? '+' : '−'}${mb(Math.abs(end - start))}`],
    ]));
    console.log(`samples (MB): ${rss.map((b) => (b / 1e6).toFixed(0)).join(' ')}`);

    heading('Targets');
    const failures = result.errors + result.timeouts + result.non2xx;
    console.log(`zero errors, timeouts and non-2xx answers: ${failures}  ${verdict(failures === 0)}`);
    console.log(`p99 latency under 1 s: ${result.latency.p99} ms  ${verdict(result.latency.p99 < 1000)}`);
  } finally {
    server.stop();
  }
}

run(main, 8 * 60_000);
