/**
 * Every payload of the shared XSS corpora, put through the real content pipeline
 * (prepare.ts builds the app against them), must come out inert in a real browser:
 * no dialog, no navigation, no request off this machine, no `on*` attribute, no
 * script URL, no script but Next's own, no frame, object, embed, base or refresh.
 * Text payloads must moreover come out as the very text that went in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { hydrated } from '../e2e/support';
import {
  bodyPlacements,
  label,
  loadPayloads,
  locales,
  planArticles,
  resultsDir,
  seedSlug,
  unitId,
  type ArticlePlan,
  type Locale,
  type Placement,
} from './plan';

const { payloads } = loadPayloads();
const articles = planArticles(payloads);
const byId = new Map(payloads.map((p) => [p.id, p]));
const other = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');

/** The browser normalises line breaks in text and attributes as it parses. */
const lines = (text: string) => text.replace(/\r\n?/g, '\n');
/** Markdown text also loses the spaces and tabs around its line breaks (mdast-util-to-hast). */
const markdownText = (text: string) => lines(text).replace(/[ \t]*\n[ \t]*/g, '\n');

// ---------------------------------------------------------------------------
// What runs in the page: the scan of the DOM.

interface Scan {
  /** Everything that should not be there, each with where it is. */
  findings: string[];
  /** Inline scripts that are not a data push (JSON handed to Next's runtime). */
  code: string[];
}

/**
 * Look at every element (and inside <template>s) for what a payload could leave
 * behind. `allowed` holds the inline scripts of the seed page that are code (the
 * reader's settings script); Next's other inline scripts only push JSON.
 */
function scanDom(allowed: string[]): Scan {
  const findings: string[] = [];
  const code: string[] = [];
  const URL_ATTRIBUTES = new Set([
    'href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background', 'srcset', 'ping', 'codebase',
    'cite', 'longdesc', 'usemap', 'manifest', 'icon', 'lowsrc', 'dynsrc', 'to', 'from', 'values', 'by', 'archive', 'classid',
  ]);
  const FORBIDDEN = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe']);
  const DATA_PUSHES = [
    /^self\.__next_f\.push\(([\s\S]*)\)$/,
    /^\(self\.__next_f=self\.__next_f\|\|\[\]\)\.push\(([\s\S]*)\)$/,
    /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);?$/,
  ];
  // As a URL parser reads an attribute: no tabs or newlines anywhere, no controls or spaces around.
  const scheme = (value: string) =>
    value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase();
  const scriptUrl = (value: string) => /^(javascript|vbscript|livescript):|^data:text\/html/.test(scheme(value));
  // srcset lists URLs after commas, SVG animation values after semicolons.
  const dangerous = (name: string, value: string) =>
    name === 'srcset' ? value.split(',').some((v) => scriptUrl(v)) : name === 'values' ? value.split(';').some((v) => scriptUrl(v)) : scriptUrl(value);
  const where = (el: Element) => {
    const unit = el.closest('[data-unit]');
    const note = el.closest('.note[id]');
    const inHead = el.closest('head');
    const place = unit ? `unit ${unit.getAttribute('data-unit')}` : note ? note.id : inHead ? 'head' : 'body';
    return `<${el.tagName.toLowerCase()}> in ${place}`;
  };
  const isData = (text: string) =>
    DATA_PUSHES.some((pattern) => {
      const match = pattern.exec(text.trim());
      if (!match) return false;
      try {
        JSON.parse(match[1]!);
        return true;
      } catch {
        return false;
      }
    });

  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      for (const attribute of el.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) findings.push(`${where(el)} has ${name}="${attribute.value.slice(0, 80)}"`);
        if (name === 'srcdoc') findings.push(`${where(el)} has srcdoc`);
        if ((URL_ATTRIBUTES.has(name) || name.endsWith(':href')) && dangerous(name, attribute.value)) {
          findings.push(`${where(el)} has ${name}="${attribute.value.slice(0, 80)}"`);
        }
        if (name === 'style' && /javascript:|vbscript:|expression\s*\(|behavior\s*:|-moz-binding/i.test(attribute.value)) {
          findings.push(`${where(el)} has style="${attribute.value.slice(0, 80)}"`);
        }
      }
      if (FORBIDDEN.has(tag)) findings.push(`${where(el)} is there`);
      if (tag === 'meta' && (el.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') findings.push(`${where(el)}: http-equiv=refresh`);
      if (tag === 'script') {
        const src = el.getAttribute('src');
        if (src !== null) {
          const url = URL.parse(src, location.href);
          if (!url || url.origin !== location.origin || !url.pathname.startsWith('/_next/')) findings.push(`${where(el)} loads ${src.slice(0, 80)}`);
        } else {
          const text = el.textContent ?? '';
          if (!isData(text)) {
            code.push(text);
            if (!allowed.includes(text)) findings.push(`${where(el)}: inline script not on the seed page: ${JSON.stringify(text.slice(0, 120))}`);
          }
        }
      }
      if (tag === 'template') visit((el as HTMLTemplateElement).content);
    }
  };
  visit(document);
  return { findings, code };
}

// ---------------------------------------------------------------------------
// The watch kept on a page while it loads and settles.

interface Watch {
  findings: string[];
  /** Not failures (a payload does not log), but reported: hydration trouble shows here. */
  consoleErrors: string[];
  /** Where the page is supposed to be now. */
  expect(url: string): void;
}

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

async function watch(page: Page): Promise<Watch> {
  const findings: string[] = [];
  const consoleErrors: string[] = [];
  let expected = '';
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text().slice(0, 200)} (${message.location().url})`);
  });
  page.on('dialog', (dialog) => {
    findings.push(`dialog (${dialog.type()}): ${dialog.message().slice(0, 80)}`);
    dialog.dismiss().catch(() => {});
  });
  page.on('popup', (popup) => findings.push(`popup: ${popup.url()}`));
  page.on('websocket', (socket) => findings.push(`websocket: ${socket.url()}`));
  page.on('frameattached', (frame) => findings.push(`frame attached: ${frame.url() || frame.name()}`));
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) findings.push(`a frame navigated to ${frame.url()}`);
    else if (frame.url() !== expected) findings.push(`navigated away to ${frame.url()} (expected ${expected})`);
  });
  page.on('pageerror', (error) => findings.push(`uncaught error: ${error.message.slice(0, 160)}`));
  // Every request is seen before it leaves: anything not for this machine is counted and stopped.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (LOCAL.has(url.hostname)) return route.continue();
    findings.push(`request off the machine: ${route.request().url().slice(0, 120)}`);
    return route.abort('blockedbyclient');
  });
  // print() opens no dialog a test could see: note any call instead.
  await page.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.xssPrinted = 'yes';
    };
  });
  return { findings, consoleErrors, expect: (url) => (expected = url) };
}

let seedScripts: Promise<string[]> | undefined;

/**
 * The seed article's page (built into the same app) is the baseline: its inline scripts
 * that are code, not data, are the only ones any page may carry. It must pass every
 * other check itself, or the checks are wrong.
 */
function baseline(browser: Browser): Promise<string[]> {
  seedScripts ??= (async () => {
    const page = await browser.newPage();
    const watched = await watch(page);
    const code = new Set<string>();
    for (const locale of locales) {
      const url = `/${locale}/articles/${seedSlug}`;
      const scan = await load(page, watched, url, []);
      scan.code.forEach((c) => code.add(c));
      const stray = scan.findings.filter((f) => !f.includes('inline script not on the seed page'));
      expect(stray, `the seed page ${url} fails the checks by itself`).toEqual([]);
    }
    await page.close();
    expect(code.size, 'the seed page has its settings script').toBeGreaterThan(0);
    return [...code];
  })();
  return seedScripts;
}

/** Open a page, let it hydrate and settle, and scan it. */
async function load(page: Page, watched: Watch, url: string, allowed: string[]): Promise<Scan> {
  const absolute = new URL(url, test.info().project.use.baseURL).href;
  watched.expect(absolute);
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await hydrated(page);
  // Timers a payload might have set, images that fail to load (onerror): give them a moment.
  await page.waitForTimeout(150);
  const scan = await page.evaluate(scanDom, allowed);
  if (await page.evaluate(() => document.documentElement.dataset.xssPrinted === 'yes')) scan.findings.push('print() was called');
  expect(page.url(), 'the page stayed where it was').toBe(absolute);
  return scan;
}

function expectInert(scan: Scan, watched: Watch, url: string) {
  for (const error of watched.consoleErrors.splice(0)) test.info().annotations.push({ type: 'console error', description: `${url}: ${error}` });
  const all = [...watched.findings, ...scan.findings];
  expect(all, `${url}: ${all.length} findings, first: ${describe(all[0])}`).toEqual([]);
}

/** Name the payload behind a finding in a unit: its source, and where in its file. */
function describe(finding: string | undefined): string {
  const unit = finding && /unit p(\d{4})/.exec(finding);
  if (!finding || !unit) return finding ?? '';
  const payload = byId.get(Number(unit[1]));
  return payload ? `${finding} — payload ${payload.id} (${payload.source}:${payload.at}) ${JSON.stringify(payload.text.slice(0, 100))}` : finding;
}

/** Which payloads a passing test saw in which placement, for the summary. */
function record(name: string, checked: Partial<Record<Placement, number[]>>) {
  const consoleErrors = test.info().annotations.filter((a) => a.type === 'console error').map((a) => a.description ?? '');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, `${name.replace(/[^a-z0-9-]+/gi, '_')}.json`), JSON.stringify({ checked, consoleErrors }));
}

// ---------------------------------------------------------------------------

test('the checks catch a payload that does run (a canary page, not built content)', async ({ page }) => {
  const watched = await watch(page);
  await page.goto('about:blank');
  watched.expect('about:blank');
  const dialog = page.waitForEvent('dialog');
  await page.setContent(`
    <img src="/nothing.png" onerror="alert('canary')">
    <a href=" java&#x09;script:alert(1)">x</a>
    <iframe srcdoc="<p>x</p>"></iframe>
    <meta http-equiv="Refresh" content="600">
    <svg><a xlink:href="javascript:alert(2)"><text>x</text></a></svg>
    <script>window.canary = 1;</script>
    <img src="http://canary.invalid/x.png">
  `);
  await dialog;
  await expect.poll(() => watched.findings.some((f) => f.startsWith('request off the machine'))).toBe(true);
  const scan = await page.evaluate(scanDom, []);
  const all = [...watched.findings, ...scan.findings].join('\n');
  for (const expected of ['dialog (alert): canary', 'has onerror=', 'has href=" java', 'has srcdoc', '<iframe> in body is there', 'http-equiv=refresh', 'has xlink:href="javascript:', 'inline script not on the seed page', 'request off the machine: http://canary.invalid/', 'frame attached']) {
    expect(all, expected).toContain(expected);
  }
});

test('the seed article is a clean baseline: its own scripts only, nothing else found', async ({ browser }) => {
  const code = await baseline(browser);
  expect(code.every((text) => !/alert|prompt|confirm/.test(text))).toBe(true);
});

interface ArticleScan {
  units: number;
  blocks: { unit: string; text: string }[];
  alts: { unit: string; alt: string }[];
  notes: { term: string; text: string }[];
  title: string;
  altTitle: string;
  notesAbout: string[];
  description: string;
}

for (const article of articles) {
  for (const locale of locales) {
    test(`${article.slug} (${locale}): ${article.payloads.length} payloads in the body, frontmatter and notes stay inert`, async ({ page, browser }) => {
      const allowed = await baseline(browser);
      const watched = await watch(page);
      const url = `/${locale}/articles/${article.slug}`;
      const scan = await load(page, watched, url, allowed);
      expectInert(scan, watched, url);

      const seen: ArticleScan = await page.evaluate(() => ({
        units: document.querySelectorAll('.unit[data-unit]').length,
        blocks: [...document.querySelectorAll('.unit[data-unit] > .side > *')].map((el) => ({
          unit: el.closest('[data-unit]')!.getAttribute('data-unit')!,
          text: el.textContent ?? '',
        })),
        alts: [...document.querySelectorAll('.unit[data-unit] img')].map((img) => ({
          unit: img.closest('[data-unit]')!.getAttribute('data-unit')!,
          alt: img.getAttribute('alt') ?? '',
        })),
        notes: [...document.querySelectorAll('.note[popover]')].map((note) => ({
          term: note.id.replace(/^note-/, ''),
          text: note.querySelector('.note-text')?.textContent ?? '',
        })),
        title: document.querySelector('#reader-title')?.textContent ?? '',
        altTitle: document.querySelector('.reader-alt-title')?.textContent ?? '',
        notesAbout: [...document.querySelectorAll('.reader-notes p')].map((p) => p.textContent ?? ''),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      }));

      // Every unit is there, and every payload in every placement that leaves text.
      expect(seen.units).toBe(article.payloads.length + 1);
      const starts = new Set(seen.blocks.map((b) => /^[A-Z]\d{4}/.exec(b.text)?.[0]).filter(Boolean));
      const missing = article.payloads.flatMap((p) =>
        (['text', 'paragraph', 'link-target', 'link-text', 'image-alt'] as const).map((pl) => label(pl, p)).filter((l) => !starts.has(l)),
      );
      expect(missing, 'snippets missing from the page').toEqual([]);

      // Escaped text comes out as exactly the payload; so does every alt text.
      const texts = new Map(seen.blocks.filter((b) => /^T\d{4}: /.test(b.text)).map((b) => [b.text.slice(0, 5), b.text]));
      const alts = new Map(seen.alts.map((a) => [a.unit, a.alt]));
      const wrongText = article.payloads.filter((p) => markdownText(texts.get(label('text', p)) ?? '') !== markdownText(`${label('text', p)}: ${p.text}`));
      const wrongAlt = article.payloads.filter((p) => lines(alts.get(unitId(p)) ?? '') !== lines(p.text));
      expect(wrongText.map((p) => p.id), 'payloads whose text did not come out as written').toEqual([]);
      expect(wrongAlt.map((p) => p.id), 'payloads whose alt text did not come out as written').toEqual([]);

      // Frontmatter and glossary notes, as text.
      expect(lines(seen.title)).toBe(lines(article.meta[locale].title));
      expect(lines(seen.altTitle)).toBe(lines(article.meta[other(locale)].title));
      expect(seen.notesAbout.map(lines)).toEqual(locales.map((l) => lines(article.meta[l].note)));
      expect(lines(seen.description)).toBe(lines(article.meta[locale].description));
      const notes = new Map(seen.notes.map((n) => [n.term, n.text]));
      for (const term of article.terms) expect(lines(notes.get(term.id) ?? ''), term.id).toBe(lines(term.note[locale]));

      const ids = article.payloads.map((p) => p.id);
      record(`${article.slug}-${locale}`, {
        ...Object.fromEntries(bodyPlacements.map((pl) => [pl, ids])),
        'frontmatter-title': locales.flatMap((l) => article.metaPayloads[l].title),
        'frontmatter-note': locales.flatMap((l) => article.metaPayloads[l].note),
        'frontmatter-description': article.metaPayloads[locale].description,
        'frontmatter-publisher': article.metaPayloads.publisher,
        'glossary-note': article.terms.flatMap((t) => t.notePayloads[locale]),
      });
    });
  }
}

for (const article of articles) {
  test(`${article.slug}: its ${article.terms.length} glossary term pages show the notes' payloads as text`, async ({ page, browser }) => {
    const allowed = await baseline(browser);
    const watched = await watch(page);
    for (const [i, term] of article.terms.entries()) {
      const locale = locales[i % locales.length]!;
      const url = `/${locale}/glossary/${term.id}`;
      const scan = await load(page, watched, url, allowed);
      expectInert(scan, watched, url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(term.forms[locale]);
      const shown = await page.evaluate(() => ({
        own: document.querySelector('section[aria-labelledby="term-note"] > p:not(.term-note-other)')?.textContent ?? '',
        other: document.querySelector('.term-note-other')?.textContent ?? '',
      }));
      expect(lines(shown.own)).toBe(lines(term.note[locale]));
      expect(lines(shown.other)).toBe(lines(term.note[other(locale)]));
    }
    record(`${article.slug}-terms`, { 'glossary-note': article.terms.flatMap((t) => locales.flatMap((l) => t.notePayloads[l])) });
  });
}

for (const locale of locales) {
  test(`the library and the glossary index (${locale}) list every payload title and term inertly`, async ({ page, browser }) => {
    const allowed = await baseline(browser);
    const watched = await watch(page);
    for (const url of [`/${locale}`, `/${locale}/glossary`]) {
      const scan = await load(page, watched, url, allowed);
      expectInert(scan, watched, url);
      if (url === `/${locale}`) {
        const titles = await page.locator('.article-card h2').allTextContents();
        for (const article of articles) expect(titles.map(lines)).toContain(lines(article.meta[locale].title));
      } else {
        for (const article of articles) {
          for (const term of article.terms) await expect(page.getByRole('link', { name: term.forms[locale] })).toHaveCount(1);
        }
      }
    }
    record(`library-${locale}`, {
      'frontmatter-title': articles.flatMap((a) => locales.flatMap((l) => a.metaPayloads[l].title)),
      'frontmatter-description': articles.flatMap((a) => a.metaPayloads[locale].description),
      'frontmatter-publisher': articles.flatMap((a) => a.metaPayloads.publisher),
    });
  });
}

/** Notes with payloads, opened one after another on the page: each shows its text as text. */
async function openNotes(page: Page, article: ArticlePlan, locale: Locale) {
  for (const term of article.terms) {
    const button = page.locator(`[data-unit="terms"] > [lang] button.term[data-term="${term.id}"]`).first();
    await button.click();
    const note = page.locator(`#note-${term.id}`);
    await expect(note).toBeVisible();
    expect(lines((await note.locator('.note-text').textContent()) ?? '')).toBe(lines(term.note[locale]));
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
  }
}

for (const [article, locale] of [
  [articles[0]!, 'zh'],
  [articles.at(-1)!, 'en'],
] as const) {
  test(`${article.slug} (${locale}): opening the notes one after another shows their payloads as text, and nothing runs`, async ({ page, browser }) => {
    const allowed = await baseline(browser);
    const watched = await watch(page);
    const url = `/${locale}/articles/${article.slug}`;
    await load(page, watched, url, allowed);
    await openNotes(page, article, locale);
    await page.waitForTimeout(300);
    expectInert(await page.evaluate(scanDom, allowed), watched, url);
  });
}
