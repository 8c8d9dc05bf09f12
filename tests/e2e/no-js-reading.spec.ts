/**
 * Reading with scripts off: the server HTML alone shows both texts in rows, switches
 * the view with CSS, opens every term's note (native popover), and serves the glossary
 * and unit deep links.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articlePath, expect, expectShowing, fill, glossaryEntry, langTag, literal, locales, route, side, slug, strings, test, type Page } from './support';

const glossary = parse(readFileSync(path.resolve(__dirname, '../../content/glossary.yaml'), 'utf8')) as { id: string }[];

const note = (page: Page, id: string) => page.getByRole('dialog', { name: new RegExp(literal(glossaryEntry(id).zh.form)) });

test.use({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });

for (const locale of locales) {
  const s = strings[locale];

  test(`/${locale}: both texts in rows, and the view radios switch columns with CSS alone`, async ({ page }) => {
    await page.goto(articlePath(locale));
    await expectShowing(page, 'both');
    // One row per unit: the two sides start level, Chinese on the left.
    for (const unit of ['u01', 'u12']) {
      const [a, b] = [await side(page, unit, 'zh').boundingBox(), await side(page, unit, 'en').boundingBox()];
      expect(a && b && Math.abs(a.y - b.y) < 2 && a.x + a.width <= b.x, `${unit} side by side`).toBe(true);
    }
    // Controls that need scripts are not offered.
    await expect(page.getByRole('button', { name: fill(s.reader.tools.copy, 2) })).toHaveCount(0);
    await expect(page.getByRole('button', { name: s.reader.help.open })).toHaveCount(0);

    const view = page.getByRole('group', { name: s.reader.view.label });
    for (const [choice, name] of [['zh', s.reader.view.zh], ['en', s.reader.view.en], ['both', s.reader.view.both]] as const) {
      await view.getByRole('radio', { name }).check();
      await expectShowing(page, choice);
    }
    await expect(page).toHaveURL(articlePath(locale));
  });

  test(`/${locale}: every term's note opens from the text and links to the term page`, async ({ page }) => {
    await page.goto(articlePath(locale));
    // Every note on the page has a marked occurrence to open it from.
    const notes = await page.locator('.note[popover]').evaluateAll((els) => els.map((el) => el.id).sort());
    const reachable = await page
      .locator('.unit[data-unit] button.term[popovertarget]:not([tabindex="-1"])')
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('popovertarget') ?? ''))].sort());
    expect(notes.length).toBeGreaterThan(30);
    expect(reachable).toEqual(notes);

    const cases = [
      ['u01', 'zh', 'elon-musk', '马斯克'],
      ['u05', 'en', 'andrej-karpathy', 'Andrej Karpathy'],
      ['u14', 'zh', 'microsoft', '微软'],
      ['u03', 'en', 'y-combinator', 'Y Combinator'],
    ] as const;
    for (const [unit, language, id, name] of cases) {
      const dialog = note(page, id);
      await side(page, unit, language).getByRole('button', { name, exact: true }).first().click();
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText(glossaryEntry(id).note[locale], { exact: true })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }

    await side(page, 'u12', 'zh').getByRole('button', { name: '《信息》', exact: true }).click();
    const dialog = note(page, 'the-information');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('link', { name: s.term.more }).click();
    await expect(page).toHaveURL(route(`/${locale}/glossary/the-information`));
    await expect(page.getByRole('heading', { level: 1, name: glossaryEntry('the-information')[locale].form })).toBeVisible();
  });

  test(`/${locale}: the glossary, a term page and a #unit link work without scripts`, async ({ page }) => {
    await page.goto(`/${locale}/glossary`);
    await expect(page.getByRole('heading', { level: 1, name: s.glossary.title })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link')).toHaveCount(glossary.length);
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: s.glossary.groups.person })).toBeVisible();

    await page.getByRole('link', { name: new RegExp(literal(glossaryEntry('sam-altman').en.form)) }).click();
    await expect(page).toHaveURL(route(`/${locale}/glossary/sam-altman`));
    await expect(page.getByRole('heading', { level: 1, name: glossaryEntry('sam-altman')[locale].form })).toHaveAttribute('lang', langTag[locale]);
    await expect(page.getByText(glossaryEntry('sam-altman').note[locale], { exact: true })).toBeVisible();
    await expect(page.locator('.concordance-row mark').first()).toBeVisible();
    const read = page.getByRole('link', { name: fill(s.glossary.openInReader, 13) });
    await expect(read).toHaveAttribute('href', route(`/${locale}/articles/${slug}#u12`));

    // Following it is a full page load: the unit is in view and marked.
    await read.click();
    await expect(page).toHaveURL(`${articlePath(locale)}#u12`);
    await expect(page.locator('#u12')).toBeInViewport();
    await expect(page.locator('.unit:target')).toHaveAttribute('data-unit', 'u12');
    for (const language of locales) {
      await expect(side(page, 'u12', language)).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
      await expect(side(page, 'u11', language)).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    }
  });
}
