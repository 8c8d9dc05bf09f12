/**
 * `npm run bench:web`: what the reader page costs a browser, against Next's floor.
 * The floor is the smallest App Router page on the same next and react (a layout and
 * a page in a temporary folder that borrows this project's node_modules), built and
 * served in the same run. For the floor and for the reader page: the JavaScript the
 * browser receives (compressed, as `next start` serves it) and Lighthouse 12 scores,
 * mobile and desktop, in Debian's Chromium, with LCP, TBT and CLS.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
// @ts-expect-error a plain ES module shared with the other scripts, no types needed
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { heading, kb, nextBuild, nextStart, printMachine, root, run, stopProcess, table, tempDir, track, verdict, waitForHttp, type Server } from './common';

const FLOOR_PORT = 3320;
const READER_PORT = 3321;
const DEBUG_PORT = 3322;
const DIST_DIR = '.next-bench-web';
const READER_PATH = '/en/articles/the-secret-history-of-elon-musk-sam-altman-and-openai';
const JS_ALLOWANCE = 35_000; // bytes, compressed, over the floor
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LIGHTHOUSE_RUNS = 2;

interface Transfer {
  jsCompressed: number;
  jsRaw: number;
  jsFiles: number;
  htmlCompressed: number;
  cssCompressed: number;
  encodings: string[];
  /** Scripts served without compression: path and bytes. */
  plain: string[];
}

interface Audit {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  /** Audits below full marks in the categories other than performance. */
  misses: string[];
  /** The elements that moved, from the layout-shifts audit. */
  shifts: string[];
}

/** The smallest App Router site: a root layout and one page. */
function writeFloor(dir: string) {
  mkdirSync(path.join(dir, 'app'));
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'next-floor', private: true }));
  // Turbopack compiles only files below its root, and node_modules lives in the project.
  const common = path.parse(dir).root;
  writeFileSync(path.join(dir, 'next.config.mjs'), `export default { turbopack: { root: ${JSON.stringify(common)} }, outputFileTracingRoot: ${JSON.stringify(common)} };\n`);
  writeFileSync(
    path.join(dir, 'app', 'layout.tsx'),
    `import type { ReactNode } from 'react';

export const metadata = { title: 'Floor', description: 'The smallest Next.js App Router page, for comparison.' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  );
  writeFileSync(
    path.join(dir, 'app', 'page.tsx'),
    `export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>The smallest App Router page on the same Next.js and React.</p>
    </main>
  );
}
`,
  );
}

/** Load a page once in a fresh context and add up what came over the wire. */
async function transfer(url: string): Promise<Transfer> {
  const browser = await chromium.launch({ executablePath: chromiumPath as string, args: chromiumArgs as string[] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const responses: Promise<{ type: string; url: string; encoded: number; raw: number; encoding: string }>[] = [];
    page.on('response', (response) => {
      const request = response.request();
      responses.push(
        (async () => {
          const sizes = await request.sizes();
          const body = await response.body().catch(() => Buffer.alloc(0));
          return { type: request.resourceType(), url: request.url(), encoded: sizes.responseBodySize, raw: body.length, encoding: (await response.headerValue('content-encoding')) ?? 'none' };
        })(),
      );
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
    await context.close();
    const all = await Promise.all(responses);
    const of = (type: string) => all.filter((r) => r.type === type);
    const sum = (list: typeof all, key: 'encoded' | 'raw') => list.reduce((n, r) => n + r[key], 0);
    return {
      jsCompressed: sum(of('script'), 'encoded'),
      jsRaw: sum(of('script'), 'raw'),
      jsFiles: of('script').length,
      htmlCompressed: sum(of('document'), 'encoded'),
      cssCompressed: sum(of('stylesheet'), 'encoded'),
      encodings: [...new Set(of('script').map((r) => r.encoding))],
      plain: of('script').filter((r) => r.encoding === 'none').map((r) => `${new URL(r.url).pathname} (${r.raw} B)`),
    };
  } finally {
    await browser.close();
  }
}

// Collects layout shifts from the start of the page (a string: it runs in the page as is).
const SHIFT_OBSERVER = `
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push({
        value: entry.value,
        at: entry.startTime,
        sources: (entry.sources || []).map((s) => {
          const n = s.node;
          if (!n) return '(removed node)';
          if (n.nodeType !== 1) return n.nodeName + ' in ' + (n.parentElement ? n.parentElement.tagName.toLowerCase() + (n.parentElement.className ? '.' + String(n.parentElement.className).trim().split(/\\s+/).join('.') : '') : '?');
          return n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.className ? '.' + String(n.className).trim().split(/\\s+/).join('.') : '');
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

/** Layout shifts while a page loads, in a desktop and a phone-sized viewport. */
async function layoutShifts(url: string): Promise<string[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath as string, args: chromiumArgs as string[] });
  const out: string[] = [];
  try {
    for (const [name, options] of [
      ['desktop 1350×940', { viewport: { width: 1350, height: 940 } }],
      ['phone 412×823', { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }],
    ] as const) {
      const context = await browser.newContext(options);
      await context.addInitScript(SHIFT_OBSERVER);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'networkidle', timeout: 60_000 });
      await page.waitForTimeout(1000);
      const shifts = (await page.evaluate('window.__shifts')) as { value: number; at: number; sources: string[] }[];
      const total = shifts.reduce((n, e) => n + e.value, 0);
      out.push(`${name}: CLS ${total.toFixed(4)}${shifts.map((e) => `\n      ${e.value.toFixed(4)} at ${e.at.toFixed(0)} ms: ${e.sources.join(', ')}`).join('')}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** One Lighthouse run in a Chromium of our own, started with exactly our flags. */
async function lighthouseRun(url: string, formFactor: 'mobile' | 'desktop'): Promise<Audit> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const profile = tempDir('duizhao-lighthouse-');
  const browser = track(spawn(
    chromiumPath as string,
    ['--headless=new', ...(chromiumArgs as string[]), `--remote-debugging-port=${DEBUG_PORT}`, '--remote-debugging-address=127.0.0.1', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore', detached: true },
  ));
  try {
    await waitForHttp(`http://127.0.0.1:${DEBUG_PORT}/json/version`, 30_000, browser);
    const result = await lighthouse(
      url,
      { port: DEBUG_PORT, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], maxWaitForLoad: 60_000 },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const misses: string[] = [];
    for (const category of CATEGORIES.filter((c) => c !== 'performance')) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) misses.push(`${category}: ${ref.id} (${audit.title})${describe(audit.details)}`);
      }
    }
    return {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? NaN) * 100)])) as Audit['scores'],
      lcp: numeric('largest-contentful-paint'),
      tbt: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      fcp: numeric('first-contentful-paint'),
      misses,
      shifts: items(lhr.audits['layout-shifts']?.details).map((item) => `${(item.score as number | undefined)?.toFixed(4) ?? '?'} ${nodeOf(item)}`),
    };
  } finally {
    stopProcess(browser);
  }
}

/** The mean of several runs: scores rounded, metrics averaged, findings pooled. */
function mean(runs: readonly Audit[]): Audit {
  const avg = (pick: (a: Audit) => number) => runs.reduce((n, a) => n + pick(a), 0) / runs.length;
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(avg((a) => a.scores[c]))])) as Audit['scores'],
    lcp: avg((a) => a.lcp),
    tbt: avg((a) => a.tbt),
    cls: avg((a) => a.cls),
    fcp: avg((a) => a.fcp),
    misses: [...new Set(runs.flatMap((a) => a.misses))],
    shifts: [...new Set(runs.flatMap((a) => a.shifts))],
  };
}

type Item = Record<string, unknown>;
const items = (details: unknown): Item[] => ((details as { items?: Item[] } | undefined)?.items ?? []);
const nodeOf = (item: Item) => {
  const node = (item.node ?? item.source) as { selector?: string; snippet?: string } | undefined;
  return node ? `${node.selector ?? ''} ${node.snippet ?? ''}`.trim().slice(0, 160) : JSON.stringify(item).slice(0, 160);
};
const describe = (details: unknown) => {
  const list = items(details).slice(0, 3).map(nodeOf);
  return list.length ? `\n      ${list.join('\n      ')}` : '';
};

async function main() {
  heading('bench:web: the reader page against the floor of Next.js');
  printMachine();
  process.env.CHROME_PATH = chromiumPath as string;

  const floorDir = tempDir('duizhao-floor-');
  writeFloor(floorDir);
  console.log(`building the floor in ${floorDir} and the reader into ${DIST_DIR} …`);
  const floorBuild = await nextBuild({ cwd: floorDir, distDir: '.next', timeoutMs: 180_000 });
  const readerBuild = await nextBuild({ distDir: DIST_DIR, timeoutMs: 240_000 });
  console.log(`builds: floor ${(floorBuild / 1000).toFixed(1)} s, reader ${(readerBuild / 1000).toFixed(1)} s`);

  const servers: Server[] = [];
  try {
    const floor = await nextStart({ cwd: floorDir, distDir: '.next', port: FLOOR_PORT });
    servers.push(floor);
    const reader = await nextStart({ distDir: DIST_DIR, port: READER_PORT });
    servers.push(reader);
    const pages = [
      { name: 'floor', url: `${floor.url}/` },
      { name: 'reader', url: `${reader.url}${READER_PATH}` },
    ];

    heading('What the browser receives (one cold load each)');
    const sizes: Transfer[] = [];
    for (const p of pages) sizes.push(await transfer(p.url));
    const [floorSize, readerSize] = sizes as [Transfer, Transfer];
    console.log(table([
      ['page', 'JS compressed', 'JS uncompressed', 'JS files', 'JS encoding', 'HTML compressed', 'CSS compressed'],
      ...pages.map((p, i) => [p.name, kb(sizes[i]!.jsCompressed), kb(sizes[i]!.jsRaw), sizes[i]!.jsFiles, sizes[i]!.encodings.join(', '), kb(sizes[i]!.htmlCompressed), kb(sizes[i]!.cssCompressed)]),
    ]));
    for (const [i, p] of pages.entries()) if (sizes[i]!.plain.length) console.log(`${p.name}: scripts served uncompressed: ${sizes[i]!.plain.join(', ')}`);
    const extra = readerSize.jsCompressed - floorSize.jsCompressed;
    const checks = [`reader JS ≤ floor + ${kb(JS_ALLOWANCE, 0)} compressed: floor ${kb(floorSize.jsCompressed)}, reader ${kb(readerSize.jsCompressed)}, +${kb(extra)}  ${verdict(extra <= JS_ALLOWANCE)}`];

    heading(`Lighthouse 12.2.3 (${LIGHTHOUSE_RUNS} runs per page and form factor, floor and reader alternating; means, runs in brackets)`);
    const rows: (string | number)[][] = [['page', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS']];
    const misses = new Set<string>();
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const runs: { floor: Audit[]; reader: Audit[] } = { floor: [], reader: [] };
      for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
        runs.floor.push(await lighthouseRun(pages[0]!.url, formFactor));
        runs.reader.push(await lighthouseRun(pages[1]!.url, formFactor));
      }
      const [f, r] = [mean(runs.floor), mean(runs.reader)];
      for (const [name, a, list] of [['floor', f, runs.floor], ['reader', r, runs.reader]] as const) {
        const score = (key: (typeof CATEGORIES)[number]) => `${a.scores[key]} (${list.map((x) => x.scores[key]).join(', ')})`;
        rows.push([name, formFactor, score('performance'), score('accessibility'), score('best-practices'), score('seo'), `${a.fcp.toFixed(0)} ms`, `${a.lcp.toFixed(0)} ms`, `${a.tbt.toFixed(0)} ms`, a.cls.toFixed(3)]);
      }
      for (const run of runs.reader) {
        run.misses.forEach((m) => misses.add(`reader, ${formFactor}: ${m}`));
        if (run.shifts.length) misses.add(`reader, ${formFactor}: layout shifts (score, element):\n      ${run.shifts.join('\n      ')}`);
      }
      const s = r.scores;
      checks.push(`${formFactor}: accessibility 100: ${s.accessibility}  ${verdict(s.accessibility === 100)}`);
      checks.push(`${formFactor}: best practices ≥ 96: ${s['best-practices']}  ${verdict(s['best-practices'] >= 96)}`);
      checks.push(`${formFactor}: SEO 100: ${s.seo}  ${verdict(s.seo === 100)}`);
      checks.push(`${formFactor}: performance within 5 points of the floor (${f.scores.performance}): ${s.performance}  ${verdict(s.performance >= f.scores.performance - 5)}`);
      checks.push(`${formFactor}: CLS 0: ${r.cls.toFixed(3)}  ${verdict(r.cls === 0)}`);
    }
    console.log(table(rows));
    if (misses.size) console.log(`\nwhere the reader loses points:\n  ${[...misses].join('\n  ')}`);

    const shifts = await layoutShifts(pages[1]!.url);
    console.log(`\nlayout shifts of the reader while it loads (Chromium, PerformanceObserver):\n  ${shifts.join('\n  ')}`);

    heading('Targets');
    for (const line of checks) console.log(line);
  } finally {
    for (const server of servers) server.stop();
  }
}

run(main, 8 * 60_000);
