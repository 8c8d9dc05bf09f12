import { articlePath, expect, glossaryEntry, langTag, locales, side, test, ui, visit, type Locator, type Page } from './support';

/** A term as the reader finds it: a button in the text of one column of one unit. */
const term = (page: Page, unit: string, locale: 'zh' | 'en', name: string) =>
  side(page, unit, locale).getByRole('button', { name, exact: true }).first();

/** Every term button in the text of both columns. */
const terms = (page: Page) => page.locator('[data-unit] > [lang] button');

/** A term's note, found by the dialog's name (its two forms). */
const note = (page: Page, id: string) => page.getByRole('dialog', { name: glossaryEntry(id).zh.form });

test('terms are buttons in both columns that point at one shared note per term', async ({ page }) => {
  await visit(page, articlePath('zh'));
  const zh = term(page, 'u01', 'zh', '马斯克');
  const en = term(page, 'u01', 'en', 'Musk');
  for (const button of [zh, en]) {
    await expect(button).toHaveAttribute('popovertarget', 'note-elon-musk');
    await expect(button).toHaveAttribute('aria-controls', 'note-elon-musk');
  }
  await expect(page.locator('#note-elon-musk')).toHaveCount(1);
  await expect(page.locator('#note-elon-musk')).toHaveAttribute('popover', /.*/);
  await expect(page.locator('#note-elon-musk')).toHaveAttribute('role', 'dialog');

  // Every term on the page: target and controls agree, and name exactly one dialog note.
  const problems = await terms(page).evaluateAll((buttons) =>
    buttons.flatMap((button) => {
      const target = button.getAttribute('popovertarget') ?? '';
      const found = document.querySelectorAll(`[id="${target}"]`);
      const ok =
        button.getAttribute('aria-controls') === target &&
        found.length === 1 &&
        found[0]?.matches('.note[popover][role="dialog"]');
      return ok ? [] : [`${button.textContent} → ${target}`];
    }),
  );
  expect(problems).toEqual([]);
  // The first occurrence of each term in each language is a button; later ones are
  // quiet marks that name a term with a note on the page (they become buttons when
  // every occurrence is to be marked).
  expect(await terms(page).count()).toBeGreaterThan(40);
  const quiet = page.locator('[data-unit] > [lang] dz-t');
  expect(await quiet.count()).toBeGreaterThan(60);
  const orphans = await quiet.evaluateAll((marks) =>
    marks.filter((mark) => document.querySelectorAll(`.note[popover][id="note-${mark.getAttribute('t')}"]`).length !== 1).map((mark) => mark.textContent),
  );
  expect(orphans).toEqual([]);
});

test('a note shows both forms, the type and the text in the UI language', async ({ page }) => {
  const cases = [
    { id: 'elon-musk', unit: 'u01', zh: '马斯克', en: 'Musk' },
    { id: 'silicon-valley', unit: 'u01', zh: '硅谷', en: 'Silicon Valley' },
  ] as const;
  for (const locale of locales) {
    await visit(page, articlePath(locale));
    for (const c of cases) {
      const entry = glossaryEntry(c.id);
      // Open from the column in the other language than the UI: the note stays in the UI language.
      const column = locale === 'zh' ? 'en' : 'zh';
      await term(page, c.unit, column, c[column]).click();
      const dialog = note(page, c.id);
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText(entry.zh.form, { exact: true })).toHaveAttribute('lang', langTag.zh);
      await expect(dialog.getByText(entry.en.form, { exact: true })).toHaveAttribute('lang', langTag.en);
      await expect(dialog.getByText(ui[locale].types[entry.type], { exact: true })).toBeVisible();
      await expect(dialog.getByText(entry.note[locale], { exact: true })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  }
});

test('mouse hover opens the note after a short delay, leaving closes it', async ({ page }) => {
  await visit(page, articlePath('zh'));
  const musk = term(page, 'u01', 'zh', '马斯克');
  const dialog = note(page, 'elon-musk');
  // Time the delay in the page, from the pointer reaching the term to the note opening,
  // so that a busy test machine cannot blur it.
  await page.evaluate(() => {
    const times: { enter?: number; open?: number } = {};
    Object.assign(window, { e2eHover: times });
    document.addEventListener('pointerover', (event) => {
      if (event.target instanceof Element && event.target.closest('button') && times.enter === undefined) times.enter = performance.now();
    });
    document.addEventListener('beforetoggle', (event) => {
      if ((event as ToggleEvent).newState === 'open' && times.open === undefined) times.open = performance.now();
    }, true);
  });
  await musk.hover();
  await expect(dialog).toBeVisible({ timeout: 1_500 });
  await expect(musk).toHaveAttribute('aria-expanded', 'true');
  const { enter = NaN, open = NaN } = await page.evaluate(() => (window as unknown as { e2eHover: { enter?: number; open?: number } }).e2eHover);
  expect(open - enter, 'ms from hover to open: not instant').toBeGreaterThanOrEqual(100);
  expect(open - enter, 'ms from hover to open: soon').toBeLessThanOrEqual(1_000);

  await page.mouse.move(5, 5);
  await expect(dialog).toBeHidden();
  await expect(musk).toHaveAttribute('aria-expanded', 'false');
});

test('keyboard: Enter on a focused term opens it, Escape closes it and keeps focus on the term', async ({ page }) => {
  await visit(page, articlePath('en'));
  const altman = term(page, 'u01', 'en', 'Altman');
  const dialog = note(page, 'sam-altman');
  await altman.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(altman).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(altman).toBeFocused();
  await expect(altman).toHaveAttribute('aria-expanded', 'false');
});

test('a click outside closes the note and gives focus back to the term', async ({ page }) => {
  await visit(page, articlePath('zh'));
  const musk = term(page, 'u01', 'zh', '马斯克');
  const dialog = note(page, 'elon-musk');
  await musk.click();
  await expect(dialog).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(dialog).toBeHidden();
  await expect(musk).toBeFocused();
});

test('only one note is open at a time', async ({ page }) => {
  await visit(page, articlePath('zh'));
  await term(page, 'u01', 'zh', '马斯克').click();
  await expect(note(page, 'elon-musk')).toBeVisible();
  await term(page, 'u01', 'zh', '阿尔特曼').click();
  await expect(note(page, 'sam-altman')).toBeVisible();
  await expect(note(page, 'elon-musk')).toBeHidden();
  await expect(page.getByRole('dialog')).toHaveCount(1);

  // Hover opens one too, and it replaces the one opened by click.
  await term(page, 'u02', 'en', 'Greg Brockman').hover();
  await expect(note(page, 'greg-brockman')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(1);
});

test('opening a note does not move the text', async ({ page }) => {
  await visit(page, articlePath('zh'));
  const paragraphs = [side(page, 'u01', 'zh').getByRole('paragraph'), side(page, 'u01', 'en').getByRole('paragraph')];
  const before = await Promise.all(paragraphs.map((p) => p.boundingBox()));
  await term(page, 'u01', 'zh', '马斯克').click();
  await expect(note(page, 'elon-musk')).toBeVisible();
  const after = await Promise.all(paragraphs.map((p) => p.boundingBox()));
  expect(after).toEqual(before);
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 740 } });

  test('a tap opens the note, a tap elsewhere closes it', async ({ page }) => {
    await visit(page, articlePath('en'));
    const musk = term(page, 'u01', 'en', 'Musk');
    const dialog = note(page, 'elon-musk');
    await musk.tap();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Person', { exact: true })).toBeVisible();
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(dialog).toBeHidden();
  });
});

// ── Placement ────────────────────────────────────────────────────────────────

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The index (among the text's term buttons) of a one-line term a reader can tab to, at
 * the left or right edge of the text, far enough from both ends of the page to be
 * scrolled anywhere.
 */
async function edgeTerm(page: Page, edge: 'left' | 'right'): Promise<number> {
  return terms(page).evaluateAll((buttons, edge) => {
    const scrollable = document.documentElement.scrollHeight;
    let best = -1;
    let bestX = edge === 'left' ? Infinity : -Infinity;
    buttons.forEach((button, index) => {
      const rects = button.getClientRects();
      const rect = rects[0];
      if (rects.length !== 1 || !rect || rect.width === 0 || (button as HTMLElement).tabIndex < 0) return;
      const top = rect.top + window.scrollY;
      if (top < window.innerHeight || top > scrollable - window.innerHeight) return;
      const x = edge === 'left' ? rect.left : rect.right;
      if (edge === 'left' ? x < bestX : x > bestX) {
        best = index;
        bestX = x;
      }
    });
    return best;
  }, edge);
}

/** Scroll so the term sits at the top or bottom edge of the viewport, then open it from the keyboard. */
async function openAt(page: Page, button: Locator, place: 'top' | 'bottom') {
  await button.evaluate((element, place) => {
    const rect = element.getBoundingClientRect();
    const want = place === 'top' ? 4 : window.innerHeight - rect.height - 4;
    window.scrollTo({ top: window.scrollY + rect.top - want, behavior: 'instant' });
    (element as HTMLElement).focus({ preventScroll: true });
  }, place);
  await page.keyboard.press('Enter');
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 375, height: 740 },
]) {
  test(`at ${viewport.width}px a note stays on screen and off its term, at every edge`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await visit(page, articlePath('en'));
    const buttons = terms(page);
    for (const edge of ['left', 'right'] as const) {
      const index = await edgeTerm(page, edge);
      expect(index, `a term at the ${edge} edge`).toBeGreaterThanOrEqual(0);
      const button = buttons.nth(index);
      const target = (await button.getAttribute('popovertarget')) ?? '';
      const dialog = page.locator(`[id="${target}"]`);
      for (const place of ['top', 'bottom'] as const) {
        await openAt(page, button, place);
        await expect(dialog).toBeVisible();
        const [termBox, noteBox] = [await button.boundingBox(), await dialog.boundingBox()];
        if (!termBox || !noteBox) throw new Error('no box');
        const where = `${target} from “${await button.textContent()}” at the ${edge} edge, ${place} of ${viewport.width}×${viewport.height}`;
        if (edge === 'left') expect(termBox.x, `${where}: term near the left edge`).toBeLessThan(viewport.width * 0.1);
        else expect(termBox.x + termBox.width, `${where}: term near the right edge`).toBeGreaterThan(viewport.width * 0.85);
        expect(overlaps(termBox, noteBox), `${where}: note ${JSON.stringify(noteBox)} overlaps term ${JSON.stringify(termBox)}`).toBe(false);
        expect(noteBox.x, `${where}: left inside viewport`).toBeGreaterThanOrEqual(0);
        expect(noteBox.y, `${where}: top inside viewport`).toBeGreaterThanOrEqual(0);
        expect(noteBox.x + noteBox.width, `${where}: right inside viewport`).toBeLessThanOrEqual(viewport.width);
        expect(noteBox.y + noteBox.height, `${where}: bottom inside viewport`).toBeLessThanOrEqual(viewport.height);
        if (place === 'top') expect(noteBox.y, `${where}: note below the term`).toBeGreaterThanOrEqual(termBox.y + termBox.height);
        else expect(noteBox.y + noteBox.height, `${where}: note flipped above the term`).toBeLessThanOrEqual(termBox.y);
        await page.keyboard.press('Escape');
        await expect(dialog).toBeHidden();
      }
    }
  });
}
