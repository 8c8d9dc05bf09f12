/**
 * The reader's settings as a reader keeps them: how many term occurrences are marked,
 * and that a chosen view, annotation and interface language are remembered (cookies),
 * with the URL winning and junk ignored.
 */
import { articlePath, expect, expectShowing, locales, occurrences, side, strings, test, visit, type Locale, type Page } from './support';

type Annotate = 'every' | 'first' | 'none';

/** Every term in the text, as a reader meets it: first in its language or not, focusable, underlined. */
async function termMarks(page: Page) {
  return page.locator('.unit[data-unit] > [lang]').locator(occurrences()).evaluateAll((buttons) => {
    const seen = new Set<string>();
    return buttons.map((button) => {
      const key = `${button.closest('[lang]')?.getAttribute('lang')} ${button.getAttribute('data-term') ?? button.getAttribute('t')}`;
      const first = !seen.has(key);
      seen.add(key);
      return {
        term: `${key} “${button.textContent}”`,
        first,
        focusable: button instanceof HTMLButtonElement && button.tabIndex >= 0,
        underlined: getComputedStyle(button).textDecorationLine.includes('underline'),
      };
    });
  });
}

/** Terms that are marked when they should not be, or the other way round. */
async function wronglyMarked(page: Page, annotate: Annotate) {
  const marks = await termMarks(page);
  expect(marks.length).toBeGreaterThan(100);
  return marks
    .filter((m) => {
      const marked = annotate === 'every' || (annotate === 'first' && m.first);
      return m.focusable !== marked || m.underlined !== marked;
    })
    .map((m) => m.term);
}

const radios = (page: Page, locale: Locale, setting: 'view' | 'annotate') =>
  page.getByRole('group', { name: strings[locale].reader[setting].label });

for (const locale of locales) {
  const s = strings[locale].reader;

  test(`/${locale}: terms are marked on first occurrence by default, or every time, or never`, async ({ page }) => {
    await visit(page, articlePath(locale));
    const annotate = radios(page, locale, 'annotate');
    await expect(annotate.getByRole('radio')).toHaveCount(3);
    await expect(annotate.getByRole('radio', { name: s.annotate.first })).toBeChecked();
    expect(await wronglyMarked(page, 'first')).toEqual([]);
    // One term seen as a reader sees it: Musk's first mention in each language is marked, the next is not.
    for (const language of locales) {
      const musk = side(page, 'u01', language).locator(occurrences('elon-musk'));
      await expect(musk).toHaveCount(2);
      await expect(musk.first()).toHaveCSS('text-decoration-line', 'underline');
      await expect(musk.first()).not.toHaveAttribute('tabindex', '-1');
      await expect(musk.nth(1)).toHaveCSS('text-decoration-line', 'none');
      await expect(musk.nth(1)).not.toHaveRole('button');
    }

    await annotate.getByRole('radio', { name: s.annotate.every }).check();
    await expect(page).toHaveURL(/[?&]annotate=every\b/);
    expect(await wronglyMarked(page, 'every')).toEqual([]);

    await annotate.getByRole('radio', { name: s.annotate.none }).check();
    expect(await wronglyMarked(page, 'none')).toEqual([]);
    // Tab from the setting through the whole reader: no term takes focus.
    await annotate.getByRole('radio', { name: s.annotate.none }).focus();
    const stops: string[] = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || !el.closest('.reader')) return null;
        return el.matches('button.term') ? `term ${el.textContent}` : el.tagName;
      });
      if (stop === null) break;
      stops.push(stop);
    }
    expect(stops.length, 'tabbed through the per-unit tools').toBeGreaterThan(40);
    expect(stops.filter((stop) => stop.startsWith('term'))).toEqual([]);
  });

  test(`/${locale}: the chosen view and annotation are remembered; the URL wins`, async ({ page }) => {
    await visit(page, articlePath(locale));
    await radios(page, locale, 'view').getByRole('radio', { name: s.view.zh }).check();
    await radios(page, locale, 'annotate').getByRole('radio', { name: s.annotate.every }).check();
    await expect(page).toHaveURL(/view=zh/);

    await visit(page, articlePath(locale));
    await expect(radios(page, locale, 'view').getByRole('radio', { name: s.view.zh })).toBeChecked();
    await expect(radios(page, locale, 'annotate').getByRole('radio', { name: s.annotate.every })).toBeChecked();
    await expectShowing(page, 'zh');
    expect(await wronglyMarked(page, 'every')).toEqual([]);

    await visit(page, articlePath(locale, 'en'));
    await expect(radios(page, locale, 'view').getByRole('radio', { name: s.view.en })).toBeChecked();
    await expectShowing(page, 'en');

    await visit(page, `${articlePath(locale)}?annotate=none`);
    await expect(radios(page, locale, 'annotate').getByRole('radio', { name: s.annotate.none })).toBeChecked();
    await expectShowing(page, 'zh');
    expect(await wronglyMarked(page, 'none')).toEqual([]);
  });

  test(`/${locale}: unknown or malformed remembered values are ignored`, async ({ page, context, baseURL }) => {
    const expectDefaults = async () => {
      await expect(radios(page, locale, 'view').getByRole('radio', { name: s.view.both })).toBeChecked();
      await expect(radios(page, locale, 'annotate').getByRole('radio', { name: s.annotate.first })).toBeChecked();
      await expectShowing(page, 'both');
      expect(await wronglyMarked(page, 'first')).toEqual([]);
    };
    // The guard fixture fails the test on any console error or uncaught page error.
    await test.step('an unknown value: dz-view=garbage', async () => {
      await context.addCookies([{ name: 'dz-view', value: 'garbage', url: baseURL! }]);
      await visit(page, articlePath(locale));
      await expectDefaults();
    });
    await test.step('a malformed value: dz-annotate=%%%', async () => {
      await context.addCookies([{ name: 'dz-annotate', value: '%%%', url: baseURL! }]);
      await visit(page, articlePath(locale));
      await expectDefaults();
    });
  });
}

// Each browser asks for the language it is set to; the reader then switches away from it.
for (const [from, to] of [['zh', 'en'], ['en', 'zh']] as const) {
  test.describe(`a browser asking for ${from}`, () => {
    test.use({ locale: from === 'zh' ? 'zh-CN' : 'en-GB' });

    test(`after switching to ${to}, / leads to /${to}`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${from}/?$`));
      await page.getByRole('navigation', { name: strings[from].nav.language }).getByRole('link', { name: strings[from].languages[to] }).click();
      await expect(page).toHaveURL(new RegExp(`/${to}/?$`));
      await expect(page.getByRole('heading', { level: 1, name: strings[to].library.title })).toBeVisible();
      await page.goto('/');
      await expect(page, `remembered ${to} over the browser's ${from}`).toHaveURL(new RegExp(`/${to}/?$`));
    });
  });
}
