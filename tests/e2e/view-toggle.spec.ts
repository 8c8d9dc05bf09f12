import { articlePath, expect, expectShowing, locales, test, ui, visit } from './support';

for (const locale of locales) {
  const s = ui[locale].view;

  test(`/${locale}: ?view= picks the columns shown, a bogus view shows both`, async ({ page }) => {
    for (const view of ['both', 'zh', 'en'] as const) {
      await visit(page, articlePath(locale, view));
      await expectShowing(page, view);
    }
    await visit(page, articlePath(locale, 'xx'));
    await expectShowing(page, 'both');
  });

  test(`/${locale}: the toggle is a group of radios named in the UI language, the current one checked`, async ({ page }) => {
    const toggle = page.getByRole('group', { name: s.label });
    await visit(page, articlePath(locale));
    await expect(toggle.getByRole('radio')).toHaveCount(3);
    for (const name of [s.both, s.zh, s.en]) await expect(toggle.getByRole('radio', { name })).toBeVisible();
    await expect(toggle.getByRole('radio', { name: s.both })).toBeChecked();

    await visit(page, articlePath(locale, 'en'));
    await expect(toggle.getByRole('radio', { name: s.en })).toBeChecked();
    await expect(toggle.getByRole('radio', { name: s.both })).not.toBeChecked();

    await visit(page, articlePath(locale, 'xx'));
    await expect(toggle.getByRole('radio', { name: s.both })).toBeChecked();
  });

  test(`/${locale}: choosing a view switches in place and puts it in the URL`, async ({ page }) => {
    await visit(page, articlePath(locale));
    const toggle = page.getByRole('group', { name: s.label });
    // A flag on window survives only if the page is not reloaded.
    await page.evaluate(() => Object.assign(window, { e2eNoReload: true }));
    const choices = [
      ['zh', s.zh],
      ['en', s.en],
      ['both', s.both],
    ] as const;
    for (const [view, name] of choices) {
      await toggle.getByRole('radio', { name }).check();
      await expect(page).toHaveURL(articlePath(locale, view));
      await expectShowing(page, view);
      await expect(toggle.getByRole('radio', { name })).toBeChecked();
    }
    expect(await page.evaluate(() => 'e2eNoReload' in window), 'the page was not reloaded').toBe(true);
  });

  test(`/${locale}: the view radios work from the keyboard`, async ({ page }) => {
    await visit(page, articlePath(locale));
    const toggle = page.getByRole('group', { name: s.label });
    await toggle.getByRole('radio', { name: s.both }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(toggle.getByRole('radio', { name: s.zh })).toBeChecked();
    await expectShowing(page, 'zh');
    await expect(page).toHaveURL(articlePath(locale, 'zh'));
  });
}
