/**
 * Shared by every e2e spec: the seed article's address and text, the UI strings a
 * reader sees in each language, and a `test` whose every run also checks that the
 * pages it visited logged no error and sent no request off this machine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import en from '../../locales/en/common.json';
import zh from '../../locales/zh/common.json';

export { expect };
export type { Locator, Page };

/** Every UI string, per locale, as the app ships them. */
export const strings = { zh, en } as const;

/** A UI string with its `{{n}}` filled in. */
export function fill(text: string, n: number): string {
  return text.replace('{{n}}', String(n));
}

/** The colour a reader sees behind an element: its own background, else the page's. */
export function shade(element: Locator): Promise<string> {
  return element.evaluate((el) => {
    const own = getComputedStyle(el).backgroundColor;
    return own === 'rgba(0, 0, 0, 0)' || own === 'transparent' ? getComputedStyle(document.body).backgroundColor : own;
  });
}

/** The page's own background colour. */
export function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];
export const langTag: Record<Locale, string> = { zh: 'zh-Hans', en: 'en' };

export const slug = 'the-secret-history-of-elon-musk-sam-altman-and-openai';

/** The suite runs against `next start`, and against the static export (E2E_TARGET=static). */
export const isStatic = process.env.E2E_TARGET === 'static';

/**
 * A page's address as the site under test writes it: the static export puts every
 * page in a folder, so its addresses end in a slash (before any query or hash).
 */
export function route(path: string): string {
  return isStatic ? path.replace(/^([^?#]*?)\/?(?=[?#]|$)/, '$1/') : path;
}

/** The reader's address, optionally with `?view=`. */
export function articlePath(locale: string, view?: string): string {
  return route(`/${locale}/articles/${slug}${view === undefined ? '' : `?view=${view}`}`);
}

/** What a reader sees in the chrome, word for word, in each UI language. */
export const ui = {
  zh: {
    libraryTitle: '文库',
    view: { label: '显示', both: '中英对照', zh: '仅中文', en: '仅英文' },
    localeNav: '界面语言',
    notes: '关于两个版本',
    onlyInZh: '此段仅见于中文版本',
    notFound: { title: '找不到这个页面', body: '这个地址没有对应的页面，可能是链接有误，或者文章已经移走。', back: '返回文库' },
    types: { person: '人物', organization: '机构', product: '产品', publication: '媒体', term: '术语' },
  },
  en: {
    libraryTitle: 'Library',
    view: { label: 'Show', both: 'Both', zh: 'Chinese', en: 'English' },
    localeNav: 'Interface language',
    notes: 'About the two versions',
    onlyInZh: 'This passage is only in the Chinese version',
    notFound: {
      title: 'Page not found',
      body: 'Nothing lives at this address. The link may be wrong, or the article may have moved.',
      back: 'Back to the library',
    },
    types: { person: 'Person', organization: 'Organisation', product: 'Product', publication: 'Publication', term: 'Term' },
  },
} as const;

const root = path.resolve(__dirname, '..', '..');

interface Frontmatter {
  title: string;
  description: string;
  note?: string;
}

function frontmatter(locale: Locale): Frontmatter {
  const text = readFileSync(path.join(root, 'content', 'articles', slug, `${locale}.md`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match?.[1]) throw new Error(`No frontmatter in ${slug}/${locale}.md`);
  return parse(match[1]) as Frontmatter;
}

/** The seed article's title, description and note in each language, as its files give them. */
export const article: Record<Locale, Frontmatter> = { zh: frontmatter('zh'), en: frontmatter('en') };

export interface GlossaryEntry {
  id: string;
  type: keyof (typeof ui)['en']['types'];
  zh: { form: string };
  en: { form: string };
  note: Record<Locale, string>;
}

const glossary = parse(readFileSync(path.join(root, 'content', 'glossary.yaml'), 'utf8')) as GlossaryEntry[];

export function glossaryEntry(id: string): GlossaryEntry {
  const entry = glossary.find((e) => e.id === id);
  if (!entry) throw new Error(`No glossary entry \`${id}\``);
  return entry;
}

/**
 * Every occurrence of a term in the reader's text: a note button (first in its language,
 * or any once every occurrence is marked) or a quiet mark (`dz-t`) that carries the id.
 */
export function occurrences(id?: string): string {
  return id === undefined ? 'button[data-term], dz-t[t]' : `button[data-term="${id}"], dz-t[t="${id}"]`;
}

/** One side of one aligned unit of the reader (`u01`, `source`, …). */
export function side(page: Page, unit: string, locale: Locale): Locator {
  return page.locator(`[data-unit="${unit}"] > [lang="${langTag[locale]}"]`);
}

/**
 * Open a page and wait until React has hydrated it. Before that the server HTML already
 * works (links, native popovers), so a test of what the scripts add must wait for them.
 */
export async function visit(page: Page, url: string) {
  const response = await page.goto(url);
  await hydrated(page);
  return response;
}

/** Wait until React has hydrated the current page and run its effects. */
export async function hydrated(page: Page) {
  await page.waitForFunction(() => {
    const link = document.querySelector('header nav a');
    return link !== null && Object.keys(link).some((key) => key.startsWith('__reactProps'));
  });
  // Effects run just after hydration commits: give them a frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Which columns the reader shows, counted over every unit (21 Chinese sides, 20 English). */
export async function expectShowing(page: Page, view: 'both' | 'zh' | 'en') {
  await expect(page.locator('[data-unit] > [lang="zh-Hans"]').locator('visible=true')).toHaveCount(view === 'en' ? 0 : 21);
  await expect(page.locator('[data-unit] > [lang="en"]').locator('visible=true')).toHaveCount(view === 'zh' ? 0 : 20);
}

/** Escape a literal for use in a RegExp. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Guard {
  consoleErrors: string[];
  pageErrors: string[];
  offMachine: string[];
}

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export const test = base.extend<{ guard: Guard }>({
  // A control that is missing fails the test in seconds rather than at the test timeout.
  actionTimeout: 5_000,
  // Runs for every test: whatever the test does, the pages it opened must stay quiet and local.
  guard: [
    async ({ context }, provide) => {
      const guard: Guard = { consoleErrors: [], pageErrors: [], offMachine: [] };
      const consoleErrors: { text: string; url: string; page: string }[] = [];
      // A page that answers 404 on purpose makes the browser log "Failed to load resource"
      // for that document; that line is the status under test, not an error of the app.
      const missingDocuments = new Set<string>();
      context.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push({ text: message.text(), url: message.location().url, page: message.page()?.url() ?? '' });
      });
      context.on('weberror', (error) => guard.pageErrors.push(String(error.error())));
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (/^(https?|wss?):$/.test(url.protocol) && !localHosts.has(url.hostname)) guard.offMachine.push(request.url());
      });
      context.on('response', (response) => {
        if (response.request().resourceType() === 'document' && response.status() === 404) missingDocuments.add(response.url());
      });

      await provide(guard);

      for (const { text, url, page } of consoleErrors) {
        const missing = text.startsWith('Failed to load resource') && text.includes('404');
        const expected404 = missing && missingDocuments.has(url);
        // Now and then a localised 404 page makes the browser ask for /favicon.ico, which
        // does not exist. That bug has its own test (routes.spec.ts, "log no errors"),
        // which visits such pages often enough to catch it; elsewhere it would only flake.
        const stray404Favicon = missing && new URL(url || 'about:blank').pathname === '/favicon.ico' && missingDocuments.has(page);
        if (!expected404 && !stray404Favicon) guard.consoleErrors.push(`${text} (${url})`);
      }
      expect(guard.consoleErrors, 'console errors').toEqual([]);
      expect(guard.pageErrors, 'uncaught page errors').toEqual([]);
      expect(guard.offMachine, 'requests that left the machine').toEqual([]);
    },
    { auto: true },
  ],
});
