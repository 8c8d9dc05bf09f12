/**
 * Links to one unit: the address with `#unit` opens on that unit, marked; each unit
 * offers its permalink and a button that copies the full address.
 */
import { articlePath, expect, fill, locales, pageBackground, shade, side, strings, test, visit } from './support';

test.use({ permissions: ['clipboard-read', 'clipboard-write'], viewport: { width: 1280, height: 800 } });

for (const locale of locales) {
  const s = strings[locale].reader.tools;

  test(`/${locale}: #u12 opens on that unit, in view and marked`, async ({ page }) => {
    await visit(page, `${articlePath(locale)}#u12`);
    const unit = page.locator('#u12');
    await expect(unit).toBeInViewport();
    await expect(page.locator('.unit:target')).toHaveAttribute('data-unit', 'u12');
    // Marked: both its sides stand out from the page and from the units around it.
    const background = await pageBackground(page);
    for (const language of locales) {
      await expect.poll(() => shade(side(page, 'u12', language))).not.toBe(background);
      await expect.poll(() => shade(side(page, 'u11', language))).toBe(background);
      await expect.poll(() => shade(side(page, 'u13', language))).toBe(background);
    }
    // Its first line is not under the sticky column heads.
    const heads = await page.locator('.unit-heads').boundingBox();
    const box = await unit.boundingBox();
    expect(heads && box && box.y >= heads.y + heads.height - 1, 'the unit starts below the column heads').toBe(true);
  });

  test(`/${locale}: every unit has a permalink, and its copy button copies the full address`, async ({ page, baseURL }) => {
    await visit(page, articlePath(locale));
    const ids = await page.locator('.unit[data-unit]').evaluateAll((units) => units.map((u) => (u as HTMLElement).dataset.unit ?? ''));
    expect(ids).toHaveLength(21);
    for (const [index, id] of ids.entries()) {
      await expect(page.getByRole('link', { name: fill(s.link, index + 1), exact: true })).toHaveAttribute('href', `#${id}`);
    }

    // One copy button, in the unit being read: it follows the pointer.
    const status = page.getByRole('status');
    for (const [id, n] of [['u12', 13], ['source', 1]] as const) {
      await page.locator(`#${id}`).hover({ position: { x: 8, y: 8 } });
      await expect(page.locator('.unit .unit-copy'), 'one copy button on the page').toHaveCount(1);
      await page.locator(`#${id}`).getByRole('button', { name: fill(s.copy, n), exact: true }).click();
      await expect(status).toHaveText(s.copied);
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${articlePath(locale)}#${id}`, baseURL).href);
    }

    // The permalink itself is a plain in-page link: following it marks the unit.
    await page.getByRole('link', { name: fill(s.link, 6), exact: true }).click();
    await expect(page).toHaveURL(`${articlePath(locale)}#u05`);
    await expect(page.locator('.unit:target')).toHaveAttribute('data-unit', 'u05');
    await expect(page.locator('#u05')).toBeInViewport();
  });
}
