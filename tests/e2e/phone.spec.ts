import { articlePath, expect, locales, side, test, ui, type Page } from './support';

test.use({ viewport: { width: 375, height: 740 } });

async function expectNoSidewaysScroll(page: Page, url: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${url} is ${scrollWidth}px wide in a ${clientWidth}px window`).toBeLessThanOrEqual(clientWidth);
}

test('the pair stacks: each English side sits below its Chinese side', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(articlePath(locale));
    await expect(side(page, 'u01', 'en')).toBeVisible();
    const rows = await page.locator('[data-unit]').evaluateAll((units) =>
      units.flatMap((unit) => {
        const zh = unit.querySelector(':scope > [lang="zh-Hans"]')?.getBoundingClientRect();
        const en = unit.querySelector(':scope > [lang="en"]')?.getBoundingClientRect();
        return zh && en ? [{ unit: (unit as HTMLElement).dataset.unit, zh: { left: zh.left, bottom: zh.bottom }, en: { left: en.left, top: en.top } }] : [];
      }),
    );
    expect(rows).toHaveLength(20);
    for (const { unit, zh, en } of rows) {
      expect(en.top, `${unit} on /${locale}: English below Chinese`).toBeGreaterThanOrEqual(zh.bottom - 1);
      expect(Math.abs(en.left - zh.left), `${unit} on /${locale}: one column`).toBeLessThanOrEqual(1);
    }
  }
});

test('the library and the reader never scroll sideways', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(`/${locale}`);
    await expect(page.getByRole('heading', { level: 1, name: ui[locale].libraryTitle })).toBeVisible();
    await expectNoSidewaysScroll(page, `/${locale}`);
    for (const view of ['both', 'zh', 'en']) {
      const url = articlePath(locale, view);
      await page.goto(url);
      await expect(side(page, 'u20', 'zh')).toBeAttached();
      await expectNoSidewaysScroll(page, url);
    }
  }
});

test('404 pages never scroll sideways', async ({ page }) => {
  for (const url of ['/zh/articles/no-such-article', '/en/no-such-page', '/fr', '/fr/articles/x']) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByText('404', { exact: true })).toBeVisible();
    await expectNoSidewaysScroll(page, url);
  }
});
