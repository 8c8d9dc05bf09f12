/**
 * Accessibility: axe finds nothing (WCAG 2.0 and 2.1, levels A and AA) on every kind of
 * page, in the light and the dark colour scheme, since contrast must hold in both; and
 * the reader works by keyboard alone, each stop showing where focus is.
 */
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import { articlePath, expect, glossaryEntry, locales, side, test, ui, visit, type Page } from './support';

// axe walks the whole page; on a busy machine that takes a while.
test.describe.configure({ timeout: 60_000 });

const schemes = ['light', 'dark'] as const;
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per failing node, so that a failure says what to fix and where. */
function report(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
      return `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n\n');
}

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  const found = violations.map((v) => `${v.id}: ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}, first ${v.nodes[0]?.target.join(' ')}`);
  expect(found, `axe violations on ${page.url()}:\n\n${report(violations)}`).toEqual([]);
}

interface Case {
  name: string;
  url: string;
  /** Gets the page into the state under test once it is loaded. */
  ready: (page: Page) => Promise<void>;
}

const hydratedPage = (url: string) => async (page: Page) => {
  await visit(page, url);
};

const cases: Case[] = locales.flatMap((locale): Case[] => [
  { name: `library (${locale})`, url: `/${locale}`, ready: hydratedPage(`/${locale}`) },
  ...(['both', 'zh', 'en'] as const).map((view) => ({
    name: `reader ?view=${view}, a passage's tools showing (${locale})`,
    url: articlePath(locale, view),
    ready: async (page: Page) => {
      await visit(page, articlePath(locale, view));
      // The copy and show-counterpart buttons come to the passage under the pointer.
      await page.locator('#u05').hover({ position: { x: 8, y: 8 } });
      await expect(page.locator('#u05 .unit-copy')).toBeVisible();
    },
  })),
  {
    name: `reader with a glossary note open (${locale})`,
    url: articlePath(locale),
    ready: async (page) => {
      await visit(page, articlePath(locale));
      // In the text of u01 the name is written short: 马斯克, Musk.
      const occurrence = { zh: '马斯克', en: 'Musk' }[locale];
      await side(page, 'u01', locale).getByRole('button', { name: occurrence, exact: true }).first().click();
      await expect(page.getByRole('dialog', { name: glossaryEntry('elon-musk').zh.form })).toBeVisible();
    },
  },
  { name: `glossary index (${locale})`, url: `/${locale}/glossary`, ready: hydratedPage(`/${locale}/glossary`) },
  { name: `glossary term page (${locale})`, url: `/${locale}/glossary/elon-musk`, ready: hydratedPage(`/${locale}/glossary/elon-musk`) },
]);

// The 404 page has no site header to wait for: wait until it has kept only its language.
const notFound: Case[] = [
  {
    name: '404 page (/en/articles/nope)',
    url: '/en/articles/nope',
    ready: async (page) => {
      expect((await page.goto('/en/articles/nope'))?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: ui.en.notFound.title })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: ui.zh.notFound.title })).toBeHidden();
    },
  },
  {
    name: '404 page (/fr)',
    url: '/fr',
    ready: async (page) => {
      expect((await page.goto('/fr'))?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: ui.zh.notFound.title })).toBeVisible();
    },
  },
];

for (const scheme of schemes) {
  test.describe(`axe finds no WCAG 2.1 A/AA violation (${scheme})`, () => {
    for (const c of [...cases, ...notFound]) {
      test(c.name, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await c.ready(page);
        await expectNoViolations(page);
      });
    }
  });
}

interface FocusStop {
  /** A short description of the focused element. */
  what: string;
  outline: boolean;
  shadow: boolean;
  inViewport: boolean;
  /** In the article's text (a term, a link, a unit's tools), not the page's chrome. */
  inText: boolean;
}

/**
 * Describe the focused element and whether it shows focus. A control that is itself
 * invisible (the view switch's radios, opacity 0 inside their labels) shows focus on
 * its label, so that is where we look; its own outline would be seen by no one.
 */
function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!(active instanceof HTMLElement) || active === document.body) return null;
    const label = active instanceof HTMLInputElement ? active.labels?.[0] : undefined;
    const invisible = !active.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const indicator = invisible && label ? label : active;
    const style = getComputedStyle(indicator);
    const outline = !(invisible && !label) && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = !(invisible && !label) && style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = indicator.getBoundingClientRect();
    const inViewport =
      rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth;
    const name = (active.getAttribute('aria-label') ?? label?.textContent ?? active.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const what = `<${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}${active.className ? `.${String(active.className).split(' ').join('.')}` : ''}> "${name}"`;
    return { what, outline, shadow, inViewport, inText: active.closest('.units') !== null };
  });
}

test.describe('the reader by keyboard alone', () => {
  for (const scheme of schemes) {
    for (const locale of locales) {
      test(`the first 25 Tab stops each show a visible focus indicator and are on screen (${locale}, ${scheme})`, async ({ page }) => {
        await page.setViewportSize({ width: 1280, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        await visit(page, articlePath(locale));
        const problems: string[] = [];
        const seen: string[] = [];
        let reachedText = false;
        for (let i = 1; i <= 25; i++) {
          await page.keyboard.press('Tab');
          const stop = await focusStop(page);
          if (!stop) {
            problems.push(`Tab ${i}: focus is on <body> or nowhere`);
            continue;
          }
          seen.push(stop.what);
          reachedText ||= stop.inText;
          if (!stop.outline && !stop.shadow) problems.push(`Tab ${i}: ${stop.what} has no outline and no box-shadow`);
          if (!stop.inViewport) problems.push(`Tab ${i}: ${stop.what} is not in the viewport`);
        }
        expect(problems, `focus problems; stops were:\n${seen.map((s, i) => `  ${i + 1}. ${s}`).join('\n')}`).toEqual([]);
        // Every press moved focus on, and the stops reach into the article's text.
        expect(new Set(seen).size, seen.join('\n')).toBe(25);
        expect(reachedText, `no stop in the article's text:\n${seen.join('\n')}`).toBe(true);
      });
    }
  }
});
