/**
 * The glossary index (grouped, filterable) and a term's page (forms, aliases, note and a
 * concordance that leads back into the reader), in both UI languages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { articlePath, expect, fill, langTag, literal, locales, route, slug, strings, test, ui, visit, type Locale, type Page } from './support';

/** A `{{n}}` string as a pattern that matches any number. */
const anyN = (text: string) => new RegExp(`^${literal(text).replace('\\{\\{n\\}\\}', '\\d+')}$`);

interface Term {
  id: string;
  type: 'person' | 'organization' | 'product' | 'publication' | 'term';
  zh: { form: string; aliases?: string[] };
  en: { form: string; aliases?: string[] };
  note: Record<Locale, string>;
}
const glossary = parse(readFileSync(path.resolve(__dirname, '../../content/glossary.yaml'), 'utf8')) as Term[];
const types = ['person', 'organization', 'product', 'publication', 'term'] as const;
const other = (locale: Locale): Locale => (locale === 'zh' ? 'en' : 'zh');

/** An entry of the index: one link holding both forms. */
const entryName = (term: Term) => new RegExp(`^${literal(term.zh.form)}\\s*${literal(term.en.form)}$`);

/** The units of the reader whose text holds the term, with the number the reader gives them. */
async function unitsWith(page: Page, id: string) {
  return page.locator('.unit[data-unit]').evaluateAll(
    (units, term) =>
      units.flatMap((unit, index) => {
        const count = (lang: string) => unit.querySelectorAll(`:scope > [lang="${lang}"] :is(button[data-term="${term}"], dz-t[t="${term}"])`).length;
        const zhCount = count('zh-Hans');
        const enCount = count('en');
        return zhCount + enCount > 0 ? [{ id: (unit as HTMLElement).dataset.unit ?? '', n: index + 1, zh: zhCount, en: enCount }] : [];
      }),
    id,
  );
}

for (const locale of locales) {
  const s = strings[locale].glossary;

  test(`/${locale}/glossary lists every term under a heading for its type`, async ({ page }) => {
    await page.goto(`/${locale}/glossary`);
    await expect(page.getByRole('heading', { level: 1, name: s.title })).toBeVisible();
    const present = types.filter((type) => glossary.some((term) => term.type === type));
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(present.map((type) => s.groups[type]));
    await expect(page.getByRole('main').getByRole('link')).toHaveCount(glossary.length);
    for (const type of present) {
      const group = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: s.groups[type], exact: true }) });
      const members = glossary.filter((term) => term.type === type);
      await expect(group.getByRole('link')).toHaveCount(members.length);
      for (const term of members) {
        const link = group.getByRole('link', { name: entryName(term) });
        await expect(link).toHaveAttribute('href', route(`/${locale}/glossary/${term.id}`));
        await expect(link.locator(`[lang="${langTag.zh}"]`)).toHaveText(term.zh.form);
        await expect(link.locator(`[lang="${langTag.en}"]`)).toHaveText(term.en.form);
      }
    }
  });

  test(`/${locale}/glossary filters by Chinese, English and aliases`, async ({ page }) => {
    await visit(page, `/${locale}/glossary`);
    const filter = page.getByRole('searchbox', { name: s.filter });
    const entries = page.getByRole('main').getByRole('link');
    const status = page.getByRole('main').getByRole('status');
    const byId = (id: string) => glossary.find((term) => term.id === id)!;
    const cases = [
      ['卡帕西', 'andrej-karpathy'],
      ['karp', 'andrej-karpathy'],
      ['KARP', 'andrej-karpathy'],
      ['YCombinator', 'y-combinator'],
      ['Musk', 'elon-musk'],
    ] as const;
    for (const [query, id] of cases) {
      await filter.fill(query);
      await expect(entries, `filtered by ${query}`).toHaveCount(1);
      await expect(entries).toHaveAttribute('href', route(`/${locale}/glossary/${id}`));
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([s.groups[byId(id).type]]);
      await expect(status).toBeHidden();
    }
    await filter.fill('zzqqxx');
    await expect(entries).toHaveCount(0);
    await expect(status).toHaveText(s.noMatch);
    await filter.fill('');
    await expect(entries).toHaveCount(glossary.length);
    await expect(status).toBeHidden();
  });

  test(`/${locale}/glossary/sam-altman shows forms, aliases, note and every passage`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const term = glossary.find((t) => t.id === 'sam-altman')!;
    await visit(page, articlePath(locale));
    const units = await unitsWith(page, term.id);
    expect(units.map((u) => u.id)).toContain('u12');

    await visit(page, `/${locale}/glossary/${term.id}`);
    await expect(page.getByRole('heading', { level: 1, name: term[locale].form })).toHaveAttribute('lang', langTag[locale]);
    await expect(page.getByText(term[other(locale)].form, { exact: true }).first()).toHaveAttribute('lang', langTag[other(locale)]);
    const aliases = page.getByRole('term').filter({ hasText: s.aliases }).locator('xpath=following-sibling::dd[1]');
    for (const alias of [...(term.zh.aliases ?? []), ...(term.en.aliases ?? [])]) {
      await expect(aliases.getByText(alias, { exact: true })).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 2, name: s.note })).toBeVisible();
    await expect(page.getByText(term.note[locale], { exact: true })).toBeVisible();

    // The concordance: one row per unit of the reader that holds the term, both sides, the term marked.
    const rows = page.locator('.concordance-row');
    await expect(rows).toHaveCount(units.length);
    await expect(page.getByRole('link', { name: anyN(s.openInReader) })).toHaveCount(units.length);
    for (const [i, unit] of units.entries()) {
      const row = rows.nth(i);
      const zhSide = row.locator(`[lang="${langTag.zh}"]`);
      const enSide = row.locator(`[lang="${langTag.en}"]`);
      await expect(zhSide.locator('mark')).toHaveCount(unit.zh);
      await expect(enSide.locator('mark')).toHaveCount(unit.en);
      await expect(zhSide.locator('mark').first()).toHaveText(/阿尔特曼/);
      await expect(enSide.locator('mark').first()).toHaveText(/Altman/);
      const [a, b] = [await zhSide.boundingBox(), await enSide.boundingBox()];
      expect(a && b && Math.abs(a.y - b.y) < 2 && a.x + a.width <= b.x, 'the two languages side by side').toBe(true);
      await expect(row.getByRole('link', { name: fill(s.openInReader, unit.n) })).toHaveAttribute('href', route(`/${locale}/articles/${slug}#${unit.id}`));
    }

    // Each "read in context" link leads to its unit, in view and marked.
    for (const unit of units) {
      await test.step(`passage ${unit.n} (${unit.id})`, async () => {
        await page.getByRole('link', { name: fill(s.openInReader, unit.n) }).click();
        await expect(page).toHaveURL(`${articlePath(locale)}#${unit.id}`);
        await expect(page.locator(`#${unit.id}`)).toBeInViewport();
        await expect(page.locator('.unit:target')).toHaveAttribute('data-unit', unit.id);
        await page.goBack();
        await expect(page.getByRole('heading', { level: 1, name: term[locale].form })).toBeVisible();
      });
    }
  });

  test(`/${locale}: the reader's note links to the term page; an unknown term is a 404`, async ({ page }) => {
    await visit(page, articlePath(locale));
    await page.locator('[data-unit="u01"] > [lang="en"]').getByRole('button', { name: 'Altman', exact: true }).click();
    const note = page.getByRole('dialog', { name: /Sam Altman/ });
    await expect(note).toBeVisible();
    await note.getByRole('link', { name: strings[locale].term.more }).click();
    await expect(page).toHaveURL(route(`/${locale}/glossary/sam-altman`));
    await expect(page.getByRole('heading', { level: 1, name: glossary.find((t) => t.id === 'sam-altman')![locale].form })).toBeVisible();

    const response = await page.goto(`/${locale}/glossary/no-such-term`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: ui[locale].notFound.title })).toBeVisible();
  });
}
