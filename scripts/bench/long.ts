/**
 * `npm run bench:long`: the reader on a long article. Writes a synthetic article of
 * 3,000 units (about 1 MB of text per language) and a 1,000-term glossary into a
 * temporary content folder, builds the app against it in a dist dir of its own,
 * starts it on 127.0.0.1, and measures: build time; the reader page's HTML against
 * its Markdown (and how much of the HTML is Next's inline RSC payload); first paint
 * and first contentful paint in Chromium; hover-to-note and focus+Enter-to-note
 * latency; JS heap and RSS of the page and of the server; long tasks and slow frames
 * while scrolling through the page.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
// @ts-expect-error a plain ES module shared with the other scripts, no types needed
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { loadContent } from '@/lib/content/load';
import { renderArticle } from '@/lib/markdown/render-article';
import { quietTag } from '@/lib/markdown/quiet-tag';
import { descendants, heading, kb, mb, median, ms, nextBuild, nextStart, percentile, printMachine, processRss, run, sleep, table, tempDir, treeRss, verdict } from './common';
import { writeLongContent } from './synthetic';

const PORT = 3310;
const BROWSER_PORT = 3311;
const DIST_DIR = '.next-bench-long';
const UNITS = 3000;
const TERMS = 1000;
const HOVERS = 50;
const HOVER_OPEN_MS = 300; // components/reader/term-popovers.tsx waits this long on purpose
const LOADS = 3;
const SCROLL_STEPS = 120;

interface Sample {
  /** From the input event to the next frame, whatever it showed. */
  frame: number;
  /** From the input event to the first frame after the note began to show (beforetoggle): the note on screen. */
  visible: number;
  /** From the input event to the first frame after the toggle event, when the reader has lit the counterparts too. */
  painted: number;
}

/** What the renderer spent between the input and the painted note (CDP Performance metrics). */
interface Work {
  style: number;
  layout: number;
  script: number;
  task: number;
}

declare global {
  interface Window {
    __bench?: { results: Sample[]; over: string | null };
    __scroll?: { longTasks: number[]; frames: number[]; stop: boolean };
  }
}

async function main() {
  heading(`bench:long: the reader on ${UNITS.toLocaleString('en')} units and ${TERMS.toLocaleString('en')} terms`);
  printMachine();

  // ── Content ──
  const content = tempDir('duizhao-bench-long-');
  const article = writeLongContent(content, { units: UNITS, terms: TERMS, unitBytes: 340, seed: 0x10c });
  const markdownBytes = article.bytes.zh + article.bytes.en;
  let started = performance.now();
  const loaded = loadContent(content);
  const loadMs = performance.now() - started;
  started = performance.now();
  const rendered = renderArticle(loaded.articles[0]!, loaded.glossary);
  const renderMs = performance.now() - started;
  const occurrences = rendered.units.reduce((n, u) => n + (u.sides.zh?.occurrences.length ?? 0) + (u.sides.en?.occurrences.length ?? 0), 0);
  console.log(`content: ${content} — zh.md ${mb(article.bytes.zh, 2)}, en.md ${mb(article.bytes.en, 2)}, ${loaded.glossary.terms.length} terms, ${rendered.terms.length} of them used, ${occurrences} occurrences`);
  console.log(`in-process: loadContent ${ms(loadMs, 0)}, renderArticle (lib/markdown, annotated trees) ${ms(renderMs, 0)}`);

  // ── Build and start ──
  console.log(`building into ${DIST_DIR} (DUIZHAO_CONTENT=${content}) …`);
  const buildMs = await nextBuild({ distDir: DIST_DIR, env: { DUIZHAO_CONTENT: content }, timeoutMs: 360_000 });
  console.log(`build: ${(buildMs / 1000).toFixed(1)} s`);
  const server = await nextStart({ distDir: DIST_DIR, port: PORT, env: { DUIZHAO_CONTENT: content } });
  const serverIdle = treeRss(server.pid);
  const path = `/en/articles/${article.slug}`;
  const url = `${server.url}${path}`;

  // ── HTML against Markdown ──
  const fetchPage = async () => {
    const t0 = performance.now();
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    const t1 = performance.now();
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return { html, ttfb: t1 - t0, total: performance.now() - t0 };
  };
  const cold = await fetchPage();
  const warm = await fetchPage();
  const serverAfterRender = treeRss(server.pid);
  const html = warm.html;
  const parts = splitHtml(html);
  const htmlBytes = Buffer.byteLength(html);
  const bytes = (text: string) => Buffer.byteLength(text);
  const gz = (text: string) => gzipSync(text).length;
  const share = (n: number) => (n / markdownBytes).toFixed(2);
  const anatomy = markupAnatomy(parts.markup);
  heading('Reader page size');
  console.log(table([
    ['part', 'bytes', 'gzip', '÷ Markdown'],
    ['Markdown: zh.md + en.md', mb(markdownBytes, 2), mb(gz(contentText(content, article.slug)), 2), '1.00'],
    ['HTML page, total', mb(htmlBytes, 2), mb(gz(html), 2), share(htmlBytes)],
    ['  markup (everything but inline scripts)', mb(bytes(parts.markup), 2), mb(gz(parts.markup), 2), share(bytes(parts.markup))],
    ['    of which text (what the reader reads)', mb(anatomy.text, 2), '', share(anatomy.text)],
    [`    of which term occurrences' tags (${anatomy.terms.toLocaleString('en')}, ${anatomy.buttons.toLocaleString('en')} of them buttons)`, mb(anatomy.termTags, 2), '', share(anatomy.termTags)],
    [`    of which unit tools (${anatomy.units.toLocaleString('en')} units)`, mb(anatomy.unitTools, 2), '', share(anatomy.unitTools)],
    [`    of which notes (${anatomy.notes.toLocaleString('en')})`, mb(anatomy.noteBytes, 2), '', share(anatomy.noteBytes)],
    ['    of which other tags', mb(anatomy.other, 2), '', share(anatomy.other)],
    ['  inline RSC/flight payload (self.__next_f)', mb(bytes(parts.flight), 2), mb(gz(parts.flight), 2), share(bytes(parts.flight))],
    ['  other inline scripts', kb(bytes(parts.otherScripts)), kb(gz(parts.otherScripts)), (bytes(parts.otherScripts) / markdownBytes).toFixed(3)],
  ]));
  const noteIdsInFlight = (parts.flightDecoded.match(/"popover":"auto"|popover=auto/g) ?? []).length;
  console.log(`term occurrences in the markup: ${anatomy.terms} (${anatomy.buttons} buttons); notes in the markup: ${anatomy.notes} (${rendered.terms.length} terms used: one note per term per page), notes again in the flight payload: ${noteIdsInFlight}`);
  console.log(`server: first request ${ms(cold.ttfb, 0)} to first byte, ${ms(cold.total, 0)} in all; second ${ms(warm.ttfb, 0)} / ${ms(warm.total, 0)}`);
  const ratio = htmlBytes / markdownBytes;
  const checks = [`HTML ÷ Markdown ≤ 2: ${ratio.toFixed(2)}  ${verdict(ratio <= 2)}   (markup alone ${share(bytes(parts.markup))}, flight payload alone ${share(bytes(parts.flight))})`];

  // ── Browser ──
  const browserServer = await chromium.launchServer({ executablePath: chromiumPath as string, args: chromiumArgs as string[], headless: true, port: BROWSER_PORT, host: '127.0.0.1' });
  const browser = await chromium.connect(browserServer.wsEndpoint());
  const browserPid = browserServer.process().pid!;
  try {
    // Paint timings: fresh contexts, so nothing is cached.
    const loads: { fp: number; fcp: number; lcp: number; ttfb: number; dcl: number; load: number }[] = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
      loads.push(await page.evaluate(paintTimings));
      await context.close();
    }
    heading(`Loading the reader page (${LOADS} cold loads, medians)`);
    const pick = (key: keyof (typeof loads)[number]) => ms(median(loads.map((l) => l[key])), 0);
    console.log(table([
      ['first byte', 'first paint', 'first contentful paint', 'largest contentful paint', 'DOMContentLoaded', 'load'],
      [pick('ttfb'), pick('fp'), pick('fcp'), pick('lcp'), pick('dcl'), pick('load')],
    ]));
    console.log(`each load: ${loads.map((l) => `FP ${l.fp.toFixed(0)} / FCP ${l.fcp.toFixed(0)} ms`).join('; ')}`);

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForSelector('.reader.has-js', { timeout: 60_000 });
    await sleep(1000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const memory = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
      const renderers = descendants(browserPid).filter((p) => p.cmdline.includes('--type=renderer'));
      return {
        heap: metric('JSHeapUsedSize'),
        nodes: metric('Nodes'),
        renderer: Math.max(0, ...renderers.map((p) => processRss(p.pid))),
        browser: treeRss(browserPid),
        server: treeRss(server.pid),
      };
    };
    const afterLoad = await memory();

    // Hover and keyboard latency on terms spread through the page.
    const hover = await measureNotes(page, cdp, 'hover');
    const keyboard = await measureNotes(page, cdp, 'enter');
    const crossings = await measureUnitCrossing(browser, page);
    const scroll = await measureScroll(page);
    const atEnd = await memory();
    const every = await measureEvery(page);

    heading(`Opening a note (${HOVERS} different terms each)`);
    const beyond = hover.samples.map((s) => s.visible - HOVER_OPEN_MS);
    const enter = keyboard.samples.map((s) => s.visible);
    const p = (values: number[], q: number) => ms(percentile(values.filter(Number.isFinite), q));
    const both = (values: number[]) => `${p(values, 50)} / ${p(values, 95)}`;
    console.log(table([
      ['input', 'notes opened', 'note on screen p50', 'p95', 'max', 'counterparts lit too p50 / p95', 'input to next frame p50 / p95'],
      [`hover, beyond the ${HOVER_OPEN_MS} ms delay`, `${hover.samples.length}/${hover.tried}`, p(beyond, 50), p(beyond, 95), ms(Math.max(...beyond)), both(hover.samples.map((s) => s.painted - HOVER_OPEN_MS)), both(hover.samples.map((s) => s.frame))],
      ['focus + Enter (no delay)', `${keyboard.samples.length}/${keyboard.tried}`, p(enter, 50), p(enter, 95), ms(Math.max(...enter)), both(keyboard.samples.map((s) => s.painted)), both(keyboard.samples.map((s) => s.frame))],
      ['(moving focus to a term, before Enter)', '', p(keyboard.focus, 50), p(keyboard.focus, 95), ms(Math.max(...keyboard.focus)), '', ''],
    ]));
    for (const miss of [...hover.misses.map((m) => `hover ${m}`), ...keyboard.misses.map((m) => `Enter ${m}`)]) console.log(`no note: ${miss}`);
    console.log('Times run from the input event (pointerover / keydown): "note on screen" to the first frame after the note began to');
    console.log('show (beforetoggle); "counterparts lit" to the frame after the toggle event, once the same term is lit in the other');
    console.log('column; "input to next frame" to the frame right after the input, note or not (what moving onto a term costs).');
    const spent = (list: Work[], key: keyof Work) => `${ms(percentile(list.map((w) => w[key]), 50), 0)} / ${ms(percentile(list.map((w) => w[key]), 95), 0)}`;
    console.log(table([
      ['renderer main thread per note (CDP metrics), p50 / p95', 'style recalc', 'layout', 'script', 'all tasks'],
      ['hover (pointer move, delay, note)', spent(hover.work, 'style'), spent(hover.work, 'layout'), spent(hover.work, 'script'), spent(hover.work, 'task')],
      ['Enter (note)', spent(keyboard.work, 'style'), spent(keyboard.work, 'layout'), spent(keyboard.work, 'script'), spent(keyboard.work, 'task')],
    ]));
    console.log(`style recalculation when the pointer moves from one unit into the next (no term, Chromium trace): ${crossings.map((c) => `${c.elements.toLocaleString('en')} elements in ${ms(c.ms, 0)}`).join('; ')}`);
    const hoverP95 = percentile(beyond, 95);
    const enterP95 = percentile(enter, 95);
    checks.push(`hover-to-note p95 beyond the delay < 50 ms: ${ms(hoverP95)}  ${verdict(hoverP95 < 50 && hover.samples.length === hover.tried)}`);
    checks.push(`focus+Enter-to-note p95 < 50 ms: ${ms(enterP95)}  ${verdict(enterP95 < 50 && keyboard.samples.length === keyboard.tried)}`);

    heading('Marking every occurrence');
    console.log(`choosing 每处 / Every turns ${every.upgraded.toLocaleString('en')} quiet marks into term buttons (${every.buttons.toLocaleString('en')} buttons after) in ${ms(every.ms)}, from the click to the next frame`);

    heading('Memory');
    console.log(table([
      ['when', 'page JS heap (after GC)', 'DOM nodes', 'page renderer RSS', 'browser RSS (all processes)', 'next server RSS'],
      ['server idle, before any request', '', '', '', '', mb(serverIdle)],
      ['server after rendering the page', '', '', '', '', mb(serverAfterRender)],
      ['page loaded', mb(afterLoad.heap), afterLoad.nodes, mb(afterLoad.renderer), mb(afterLoad.browser), mb(afterLoad.server)],
      ['after notes and scrolling', mb(atEnd.heap), atEnd.nodes, mb(atEnd.renderer), mb(atEnd.browser), mb(atEnd.server)],
    ]));

    heading(`Scrolling through the page (${SCROLL_STEPS} wheel steps of ${scroll.step} px, ${(scroll.height / 1000).toFixed(0)}k px in all)`);
    const slow = scroll.frames.filter((f) => f > 50);
    const dropped = scroll.frames.reduce((n, f) => n + Math.max(0, Math.round(f / (1000 / 60)) - 1), 0);
    console.log(table([
      ['long tasks', 'long-task time', 'longest task', 'frames', 'frames > 50 ms', 'dropped frames (at 60 Hz)', 'longest frame'],
      [scroll.longTasks.length, ms(scroll.longTasks.reduce((a, b) => a + b, 0), 0), ms(Math.max(0, ...scroll.longTasks), 0), scroll.frames.length, slow.length, dropped, ms(Math.max(0, ...scroll.frames), 0)],
    ]));
  } finally {
    await browser.close().catch(() => undefined);
    await browserServer.close().catch(() => undefined);
  }

  heading('Build');
  console.log(`next build of the long article: ${(buildMs / 1000).toFixed(1)} s`);
  heading('Targets');
  for (const line of checks) console.log(line);
  server.stop();
}

/** Choose "Every" in the marking setting and time it to the next frame. */
async function measureEvery(page: Page): Promise<{ upgraded: number; buttons: number; ms: number }> {
  const before = await page.locator(quietTag).count();
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const radio = page.locator('input[name="annotate"][value="every"]');
  await radio.evaluate((input) => {
    const bench = window as unknown as { __every?: Promise<number> };
    bench.__every = new Promise((resolve) => {
      input.addEventListener('click', () => {
        const started = performance.now();
        setTimeout(() => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started))));
      }, { once: true });
    });
  });
  await radio.check({ force: true });
  const took = await page.evaluate(() => (window as unknown as { __every: Promise<number> }).__every);
  const [after, buttons] = await Promise.all([page.locator(quietTag).count(), page.locator('button.term').count()]);
  return { upgraded: before - after, buttons, ms: took };
}

/**
 * A desktop-sized context. tsx keeps function names with a `__name` helper that does
 * not exist in the page, where our measuring functions run: give the page one.
 */
async function newContext(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}

/** The HTML split into inline scripts (flight payload and others) and everything else. */
function splitHtml(html: string) {
  let flight = '';
  let flightDecoded = '';
  let otherScripts = '';
  const markup = html.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (tag: string, body: string) => {
    if (/^\s*self\.__next_f/.test(body)) {
      flight += tag;
      // The payload is JSON-encoded into a JS string: decode once to count what it holds.
      const open = body.indexOf(',"');
      const close = body.lastIndexOf('"]');
      if (open > 0 && close > open) flightDecoded += JSON.parse(body.slice(open + 1, close + 1)) as string;
      return '';
    }
    if (body.trim() === '') return tag; // external scripts stay with the markup
    otherScripts += tag;
    return '';
  });
  return { markup, flight, flightDecoded, otherScripts };
}

/** Where the markup's bytes go: the text itself, and the tags around it by kind. */
function markupAnatomy(markup: string) {
  const sum = (matches: string[]) => matches.reduce((n, m) => n + Buffer.byteLength(m), 0);
  // Attributes may be quoted or not (the reader's body is written compactly).
  const attr = (name: string, value: string) => `${name}=(?:"${value}"|${value})(?=[\\s>])`;
  const buttonOpenings = markup.match(new RegExp(`<button[^>]*${attr('class', 'term')}[^>]*>`, 'g')) ?? [];
  const quietOpenings = markup.match(new RegExp(`<${quietTag}[\\s>][^>]*>`, 'g')) ?? [];
  const terms = buttonOpenings.length + quietOpenings.length;
  const termTags = sum(buttonOpenings) + buttonOpenings.length * '</button>'.length + sum(quietOpenings) + quietOpenings.length * `</${quietTag}>`.length;
  const toolPattern = new RegExp(`<div ${attr('class', 'unit-tools')}>[\\s\\S]*?</div>`, 'g');
  const notePattern = new RegExp(`<div(?=[^>]*\\s${attr('popover', 'auto')})(?=[^>]*\\s${attr('class', 'note')})[^>]*>[\\s\\S]*?</div>`, 'g');
  const toolList = markup.match(toolPattern) ?? [];
  const noteList = markup.match(notePattern) ?? [];
  // The text outside tools and notes, which are counted whole above.
  const body = markup.slice(markup.indexOf('<body')).replace(toolPattern, '').replace(notePattern, '');
  const text = Buffer.byteLength(body.replace(/<[^>]*>/g, ''));
  const unitTools = sum(toolList);
  const noteBytes = sum(noteList);
  const other = Buffer.byteLength(markup) - text - termTags - unitTools - noteBytes;
  return { text, terms, buttons: buttonOpenings.length, termTags, units: toolList.length, unitTools, notes: noteList.length, noteBytes, other };
}

function contentText(dir: string, slug: string): string {
  return ['zh', 'en'].map((l) => readFileSync(`${dir}/articles/${slug}/${l}.md`, 'utf8')).join('');
}

async function paintTimings() {
  const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const lcp = await new Promise<number>((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? NaN)).observe({ type: 'largest-contentful-paint', buffered: true });
    setTimeout(() => resolve(NaN), 2000);
  });
  return {
    fp: paint['first-paint'] ?? NaN,
    fcp: paint['first-contentful-paint'] ?? NaN,
    lcp,
    ttfb: nav.responseStart,
    dcl: nav.domContentLoadedEventEnd,
    load: nav.loadEventEnd,
  };
}

/**
 * Open the notes of `HOVERS` different terms spread through the page, by mouse hover
 * or by focus + Enter, timing each in the page from the input event to the first
 * frame after the note opened. Before each one the page is left to settle (scrolling
 * finished, a frame idle), so one measurement does not pay for the last.
 */
async function measureNotes(page: Page, cdp: CDPSession, how: 'hover' | 'enter'): Promise<{ samples: Sample[]; work: Work[]; focus: number[]; misses: string[]; tried: number }> {
  const count = await page.evaluate(({ wanted, how }) => {
    document.querySelectorAll('[data-bench-term]').forEach((el) => el.removeAttribute('data-bench-term'));
    // Marked first occurrences, a different term each, spread evenly: hover in the
    // English column, the keyboard in the Chinese one, so each opens fresh notes.
    const side = how === 'hover' ? '.side-en' : '.side-zh';
    const buttons = [...document.querySelectorAll<HTMLElement>(`${side} button.term[data-first]`)];
    const step = Math.max(1, Math.floor(buttons.length / wanted));
    const seen = new Set<string>();
    let n = 0;
    for (let i = 0; i < buttons.length && n < wanted; i += step) {
      const id = buttons[i]!.dataset.term ?? '';
      if (seen.has(id)) continue;
      seen.add(id);
      buttons[i]!.setAttribute('data-bench-term', String(n++));
    }
    if (!window.__bench) {
      const bench = (window.__bench = { results: [] as Sample[], over: null as string | null });
      let t0 = 0;
      let frame = NaN;
      const afterNextFrame = (then: () => void) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = then;
          channel.port2.postMessage(null);
        });
      const start = (event: Event) => {
        const term = event.target instanceof Element ? event.target.closest('button.term') : null;
        if (!term) return;
        bench.over = term.getAttribute('data-bench-term');
        const began = (t0 = performance.now());
        frame = NaN;
        afterNextFrame(() => {
          if (t0 === began) frame = performance.now() - began;
        });
      };
      window.addEventListener('pointerover', start, true);
      window.addEventListener('keydown', (event) => event.key === 'Enter' && start(event), true);
      let visible = NaN;
      const opening = (event: Event) => {
        const note = event.target;
        return note instanceof HTMLElement && note.matches('.note[popover]') && (event as ToggleEvent).newState === 'open';
      };
      window.addEventListener(
        'beforetoggle',
        (event) => {
          if (!opening(event)) return;
          visible = NaN;
          const began = t0;
          afterNextFrame(() => {
            if (t0 === began) visible = performance.now() - began;
          });
        },
        true,
      );
      window.addEventListener(
        'toggle',
        (event) => {
          if (!opening(event)) return;
          afterNextFrame(() => bench.results.push({ frame, visible, painted: performance.now() - t0 }));
        },
        true,
      );
    }
    return n;
  }, { wanted: HOVERS, how });

  const samples: Sample[] = [];
  const work: Work[] = [];
  const focus: number[] = [];
  let hidden = 0;
  const misses: string[] = [];
  const metrics = async () => {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => 1000 * (list.find((m) => m.name === name)?.value ?? NaN);
    return { style: get('RecalcStyleDuration'), layout: get('LayoutDuration'), script: get('ScriptDuration'), task: get('TaskDuration') };
  };
  const deadline = Date.now() + 80_000;
  let attempted = 0;
  for (let i = 0; i < count && Date.now() < deadline; i++) {
    attempted++;
    const selector = `[data-bench-term="${i}"]`;
    // Start from nothing open, the pointer over no unit, and a page at rest.
    await page.mouse.move(2, 2);
    await page.keyboard.press('Escape');
    await sleep(300);
    await page.evaluate((selector) => document.querySelector(selector)!.scrollIntoView({ block: 'center', behavior: 'instant' }), selector);
    await settle(page);
    if (how === 'enter') {
      // Focus first, as Tab would, and time that on its own: the note is timed from Enter.
      focus.push(await page.evaluate((selector) => {
        const began = performance.now();
        document.querySelector<HTMLElement>(selector)!.focus();
        return new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - began);
            channel.port2.postMessage(null);
          }),
        );
      }, selector));
      await settle(page);
    }
    const before = await page.evaluate(() => window.__bench!.results.length);
    const start = await metrics();
    let target: { x: number; y: number } | undefined;
    if (how === 'hover') {
      // The pointer goes where the term is drawn; a term under another element is skipped.
      const point = await page.evaluate((selector) => {
        const el = document.querySelector(selector)!;
        const box = el.getBoundingClientRect();
        const x = box.x + Math.min(box.width / 2, 8);
        const y = box.y + box.height / 2;
        return document.elementFromPoint(x, y)?.closest(selector) === el ? { x, y } : null;
      }, selector);
      if (!point) {
        hidden++;
        continue;
      }
      await page.mouse.move(point.x, point.y);
      target = point;
    } else {
      await page.keyboard.press('Enter');
    }
    try {
      await page.waitForFunction((n) => window.__bench!.results.length > n, before, { timeout: 5000 });
      samples.push((await page.evaluate(() => window.__bench!.results.at(-1)!))!);
      const end = await metrics();
      work.push({ style: end.style - start.style, layout: end.layout - start.layout, script: end.script - start.script, task: end.task - start.task });
    } catch {
      // The note did not open in 5 s: say what the page looked like.
      misses.push(await page.evaluate(({ i, target }) => {
        const under = target ? document.elementFromPoint(target.x, target.y) : document.activeElement;
        const open = document.querySelector('.note:popover-open');
        return `#${i}: input reached ${window.__bench!.over === String(i) ? 'the term' : `not the term (last term: ${window.__bench!.over})`}; open note: ${open?.id ?? 'none'}; element there: ${under?.outerHTML.slice(0, 90) ?? 'none'}`;
      }, { i, target }));
    }
  }
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  if (attempted < count) misses.push(`time box of 80 s reached after ${attempted} of ${count} terms`);
  return { samples, work, focus, misses, tried: attempted - hidden };
}

/**
 * What the browser restyles when the pointer merely crosses from one unit into the
 * next: the cost every hover on a new passage pays before any note opens.
 */
async function measureUnitCrossing(browser: Browser, page: Page): Promise<{ elements: number; ms: number }[]> {
  const out: { elements: number; ms: number }[] = [];
  const total = await page.evaluate(() => document.querySelectorAll('.unit[data-unit]').length);
  for (const at of [0.2, 0.5, 0.8]) {
    const index = Math.floor(total * at);
    // A point inside each of two neighbouring units, on text that is not a term.
    const points = await page.evaluate((index) => {
      const units = document.querySelectorAll<HTMLElement>('.unit[data-unit]');
      units[index]!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const inside = (unit: HTMLElement) => {
        const box = unit.querySelector('.side')!.getBoundingClientRect();
        for (let dx = 4; dx < box.width; dx += 13) {
          const hit = document.elementFromPoint(box.x + dx, box.y + 6);
          if (hit && unit.contains(hit) && !hit.closest('button')) return { x: box.x + dx, y: box.y + 6 };
        }
        return null;
      };
      return [inside(units[index]!), inside(units[index + 1]!)];
    }, index);
    if (!points[0] || !points[1]) continue;
    await page.mouse.move(points[0].x, points[0].y);
    await settle(page);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.mouse.move(points[1].x, points[1].y);
    await sleep(300);
    await settle(page);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: { name: string; dur?: number; args?: { elementCount?: number } }[] };
    const restyles = trace.traceEvents.filter((e) => e.name === 'UpdateLayoutTree');
    out.push({
      elements: restyles.reduce((n, e) => n + (e.args?.elementCount ?? 0), 0),
      ms: restyles.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000,
    });
  }
  await page.mouse.move(2, 2);
  return out;
}

/** Wait until scrolling has stopped for a few frames and the page has an idle moment (at most 5 s). */
async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const give = setTimeout(resolve, 5000);
        let y = -1;
        let still = 0;
        const tick = () => {
          still = window.scrollY === y ? still + 1 : 0;
          y = window.scrollY;
          if (still < 5) return void requestAnimationFrame(tick);
          requestIdleCallback(() => {
            clearTimeout(give);
            resolve();
          }, { timeout: 1000 });
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** Scroll from top to bottom in wheel steps while recording long tasks and frame gaps. */
async function measureScroll(page: Page) {
  await page.mouse.move(4, 400);
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await settle(page);
  await page.evaluate(() => {
    const state = (window.__scroll = { longTasks: [] as number[], frames: [] as number[], stop: false });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => state.longTasks.push(e.duration))).observe({ type: 'longtask' });
    let last = performance.now();
    const frame = (now: number) => {
      state.frames.push(now - last);
      last = now;
      if (!state.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const step = Math.ceil(height / SCROLL_STEPS);
  for (let i = 0; i < SCROLL_STEPS; i++) {
    await page.mouse.wheel(0, step);
    await sleep(50);
  }
  await sleep(500);
  const result = await page.evaluate(() => {
    const state = window.__scroll!;
    state.stop = true;
    return { longTasks: state.longTasks, frames: state.frames.slice(1), y: window.scrollY };
  });
  return { ...result, step, height };
}

run(main, 10 * 60_000);
