/**
 * Reading by keyboard: j/k and the arrows move between units, c shows the other side
 * of the current unit in a single-language view, ? opens the help; none of them fire
 * while the reader types in a text field.
 */
import { articlePath, expect, locales, side, strings, test, visit, type Page } from './support';

const unit = (page: Page, id: string) => page.locator(`.unit[data-unit="${id}"]`);
const focusedUnit = (page: Page) =>
  page.evaluate(() => (document.activeElement instanceof HTMLElement ? (document.activeElement.dataset.unit ?? null) : null));

/** Put focus on a unit the way a reader does: click in it (clear of any term). */
async function clickInto(page: Page, id: string) {
  await unit(page, id).click({ position: { x: 2, y: 2 } });
  await expect(unit(page, id)).toBeFocused();
}

test('j and k, ↓ and ↑ move focus from unit to unit and bring it into view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await visit(page, articlePath('zh'));
  // With no unit focused, ↓ scrolls the page as usual and focuses nothing.
  await page.keyboard.press('ArrowDown');
  expect(await focusedUnit(page)).toBeNull();

  await clickInto(page, 'u03');
  const steps = [
    ['j', 'u04'],
    ['j', 'u05'],
    ['k', 'u04'],
    ['ArrowDown', 'u05'],
    ['ArrowDown', 'u06'],
    ['ArrowUp', 'u05'],
    ['j', 'u06'],
    ['j', 'u07'],
    ['j', 'u08'],
    ['j', 'u09'],
    ['j', 'u10'],
  ] as const;
  for (const [key, id] of steps) {
    await page.keyboard.press(key);
    await expect(unit(page, id), `${key} → ${id}`).toBeFocused();
    await expect(unit(page, id)).toBeInViewport();
  }
  // Back up to the first unit; k there stays put.
  await clickInto(page, 'u01');
  await page.keyboard.press('k');
  await expect(unit(page, 'source')).toBeFocused();
  await page.keyboard.press('k');
  await expect(unit(page, 'source')).toBeFocused();
  await expect(unit(page, 'source')).toBeInViewport();
});

test('from the top of the article, j goes to its first unit', async ({ page }) => {
  await visit(page, articlePath('en'));
  const first = await page.locator('.unit[data-unit]').first().getAttribute('data-unit');
  await page.keyboard.press('j');
  await expect(unit(page, first!)).toBeFocused();
});

test('the keys do nothing while focus is in a text field', async ({ page }) => {
  await visit(page, articlePath('zh', 'zh'));
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'e2e field');
    document.body.prepend(input);
  });
  const field = page.getByRole('textbox', { name: 'e2e field' });
  await field.focus();
  for (const key of ['j', 'k', 'c', '?', 'ArrowDown']) await page.keyboard.press(key);
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('jkc?');
  await expect(page.getByRole('dialog', { name: strings.zh.reader.help.title })).toBeHidden();
  await expect(page.locator('.unit[data-peeked]')).toHaveCount(0);
  expect(await focusedUnit(page)).toBeNull();
});

for (const locale of locales) {
  const s = strings[locale].reader;

  test(`/${locale}: c shows and hides the other language of the current unit`, async ({ page }) => {
    await visit(page, articlePath(locale, 'zh'));
    const peek = unit(page, 'u05').getByRole('button', { name: s.tools.peek.en });
    await clickInto(page, 'u05');
    await page.keyboard.press('c');
    await expect(side(page, 'u05', 'en')).toBeVisible();
    await expect(peek).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('[data-unit] > [lang="en"]').locator('visible=true')).toHaveCount(1);
    await page.keyboard.press('c');
    await expect(side(page, 'u05', 'en')).toBeHidden();
    await expect(peek).toHaveAttribute('aria-expanded', 'false');
    // Move on with j; c now works on the new unit.
    await page.keyboard.press('j');
    await expect(unit(page, 'u06')).toBeFocused();
    await page.keyboard.press('c');
    await expect(side(page, 'u06', 'en')).toBeVisible();
    await expect(side(page, 'u05', 'en')).toBeHidden();
  });

  test(`/${locale}: ? opens the keyboard help, Escape closes it`, async ({ page }) => {
    await visit(page, articlePath(locale));
    const help = page.getByRole('dialog', { name: s.help.title });
    await expect(help).toBeHidden();
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    for (const key of ['j', 'k', 'c', '?', 'Esc']) await expect(help.locator('kbd').getByText(key, { exact: true })).toBeVisible();
    for (const label of [s.help.next, s.help.previous, s.help.peek, s.help.help, s.help.escape]) {
      await expect(help.getByText(label, { exact: true })).toBeVisible();
    }
    // j does not move the page behind the open dialog.
    await page.keyboard.press('j');
    expect(await focusedUnit(page)).toBeNull();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // The same help from its button, closed with its close button.
    await page.getByRole('button', { name: s.help.open }).click();
    await expect(help).toBeVisible();
    await help.getByRole('button', { name: s.help.close }).click();
    await expect(help).toBeHidden();
  });
}
