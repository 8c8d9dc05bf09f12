import { articlePath, expect, expectShowing, glossaryEntry, langTag, locales, side, test, ui } from './support';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    const s = ui[locale].view;

    test(`/${locale}: the view radios switch the columns (CSS alone)`, async ({ page }) => {
      await page.goto(articlePath(locale));
      const toggle = page.getByRole('group', { name: s.label });
      await expect(toggle.getByRole('radio', { name: s.both })).toBeChecked();
      await expectShowing(page, 'both');
      for (const [view, name] of [['zh', s.zh], ['en', s.en], ['both', s.both]] as const) {
        await toggle.getByRole('radio', { name }).check();
        await expect(toggle.getByRole('radio', { name })).toBeChecked();
        await expectShowing(page, view);
      }
    });

    test(`/${locale}: a 404 under the locale is rendered by the server, in both languages`, async ({ page }) => {
      const response = await page.goto(`/${locale}/articles/no-such-article`);
      expect(response?.status()).toBe(404);
      for (const l of locales) {
        const section = page.locator(`section[lang="${langTag[l]}"]`);
        await expect(section.getByRole('heading', { level: 1, name: ui[l].notFound.title })).toBeVisible();
        await expect(section.getByText(ui[l].notFound.body)).toBeVisible();
        await expect(section.getByRole('link', { name: ui[l].notFound.back })).toHaveAttribute('href', `/${l}`);
      }
    });
  }

  test('a glossary term still opens its note (native popover)', async ({ page }) => {
    await page.goto(articlePath('en'));
    const term = side(page, 'u01', 'en').getByRole('button', { name: 'Musk', exact: true }).first();
    const note = page.getByRole('dialog', { name: /Elon Musk/ });
    await expect(note).toBeHidden();
    await term.click();
    await expect(note).toBeVisible();
    await expect(note).toContainText(glossaryEntry('elon-musk').note.en);
  });
});
