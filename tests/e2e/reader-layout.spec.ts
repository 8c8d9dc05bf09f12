import { articlePath, expect, locales, side, test, ui, type Page } from './support';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface Row {
  unit: string;
  zh?: { side: Box; first: Box };
  en?: { side: Box; first: Box };
}

/** Where each unit's two sides and their first blocks are on screen. */
function rows(page: Page): Promise<Row[]> {
  return page.evaluate(() => {
    const box = (element: Element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    return [...document.querySelectorAll<HTMLElement>('[data-unit]')].map((unit) => {
      const row: Row = { unit: unit.dataset.unit ?? '?' };
      for (const [key, lang] of [['zh', 'zh-Hans'], ['en', 'en']] as const) {
        const sideElement = unit.querySelector(`:scope > [lang="${lang}"]`);
        const first = sideElement?.firstElementChild;
        if (sideElement && first) row[key] = { side: box(sideElement), first: box(first) };
      }
      return row;
    });
  });
}

test('the two sides of every unit start level, Chinese on the left (≥ 768 px)', async ({ page }) => {
  for (const width of [1280, 768]) {
    await page.setViewportSize({ width, height: 800 });
    for (const locale of locales) {
      await page.goto(articlePath(locale));
      await expect(side(page, 'u20', 'en')).toBeVisible();
      const paired = (await rows(page)).filter((row) => row.zh && row.en);
      expect(paired.map((row) => row.unit)).toHaveLength(20);
      for (const { unit, zh, en } of paired) {
        if (!zh || !en) continue;
        const where = `${unit} at ${width}px on /${locale}`;
        expect(Math.abs(zh.first.top - en.first.top), `first paragraphs level in ${where}`).toBeLessThanOrEqual(2);
        expect(zh.side.right, `zh left of en in ${where}`).toBeLessThanOrEqual(en.side.left);
      }
    }
  }
});

test('the Chinese-only source unit says so in its English cell, in the UI language', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(articlePath(locale));
    const chinese = side(page, 'source', 'zh');
    await expect(chinese.getByRole('link', { name: /semafor\.com/ })).toBeVisible();
    const missing = page.locator('[data-unit="source"]').getByText(ui[locale].onlyInZh, { exact: true });
    await expect(missing).toBeVisible();
    const [zhBox, enBox] = [await chinese.boundingBox(), await missing.boundingBox()];
    expect(zhBox && enBox && enBox.x >= zhBox.x + zhBox.width, 'the note sits in the English column').toBe(true);
    await expect(page.locator('[data-unit="source"] > [lang="en"]')).toHaveCount(0);
  }
});

test('unit u11 has two English paragraphs beside its Chinese one', async ({ page }) => {
  await page.goto(articlePath('en'));
  const paragraphs = side(page, 'u11', 'en').getByRole('paragraph');
  await expect(paragraphs).toHaveCount(2);
  await expect(paragraphs.first()).toContainText('On March 11, 2019, OpenAI announced');
  await expect(paragraphs.last()).toContainText('OpenAI said it was setting a profit cap for investors');
  await expect(paragraphs.last()).toBeVisible();
  await expect(side(page, 'u11', 'zh')).toContainText('2019 年 3 月 11 日');
});
