/**
 * Cross-language reading: the other side of the unit under the pointer or focus lights
 * up, an open term lights up the same term in the other side, the note says when the
 * other side lacks it, and in a single-language view each unit can show its other side.
 */
import { articlePath, expect, expectShowing, fill, glossaryEntry, literal, locales, occurrences, pageBackground, shade, side, strings, test, visit, type Locale, type Page } from './support';

/** A term as the reader finds it in one side of one unit. */
const term = (page: Page, unit: string, locale: Locale, name: string) =>
  side(page, unit, locale).getByRole('button', { name, exact: true }).first();

/** A term's note, named by its two forms. */
const note = (page: Page, id: string) => page.getByRole('dialog', { name: new RegExp(literal(glossaryEntry(id).zh.form)) });

for (const locale of locales) {
  const s = strings[locale];

  test(`/${locale}: pointer or focus on one side of a unit lights up its other side`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit(page, articlePath(locale));
    const background = await pageBackground(page);
    const zhSide = side(page, 'u05', 'zh');
    const enSide = side(page, 'u05', 'en');
    await expect.poll(() => shade(enSide)).toBe(background);

    // Pointer: rest on the Chinese text (its top-left corner, clear of any term).
    await zhSide.hover({ position: { x: 4, y: 4 } });
    await expect.poll(() => shade(enSide), 'English side while the Chinese is hovered').not.toBe(background);
    await expect.poll(() => shade(side(page, 'u06', 'en')), 'another unit stays plain').toBe(background);
    await page.mouse.move(1, 1);
    await expect.poll(() => shade(enSide), 'English side after the pointer left').toBe(background);

    // And the other way round.
    await enSide.hover({ position: { x: 4, y: 4 } });
    await expect.poll(() => shade(zhSide)).not.toBe(background);
    await page.mouse.move(1, 1);
    await expect.poll(() => shade(zhSide)).toBe(background);

    // Keyboard: Tab from the previous unit's last tool into the Chinese side's first term.
    // The unit's tools come to the unit that has focus: after its permalink, its copy button.
    await page.locator('#u04').getByRole('link', { name: fill(s.reader.tools.link, 5) }).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('#u04').getByRole('button', { name: fill(s.reader.tools.copy, 5) })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(term(page, 'u05', 'zh', glossaryEntry('andrej-karpathy').zh.form)).toBeFocused();
    await expect.poll(() => shade(enSide), 'English side while focus is in the Chinese').not.toBe(background);
    await page.keyboard.press('Tab');
    await expect(term(page, 'u05', 'en', 'Andrej Karpathy')).toBeFocused();
    await expect.poll(() => shade(zhSide), 'Chinese side while focus is in the English').not.toBe(background);
    await expect.poll(() => shade(enSide)).toBe(background);
    await page.keyboard.press('Tab');
    await expect(page.locator('#u05').getByRole('link', { name: fill(s.reader.tools.link, 6) })).toBeFocused();
    await expect.poll(() => shade(zhSide), 'focus left both sides').toBe(background);
    await expect.poll(() => shade(enSide)).toBe(background);
  });

  test(`/${locale}: an open term lights up the same term in the other side of its unit only`, async ({ page }) => {
    await visit(page, articlePath(locale));
    const lit = page.locator('.term-counterpart');
    const karpathy = glossaryEntry('andrej-karpathy');

    // Chinese → English.
    await term(page, 'u05', 'zh', karpathy.zh.form).click();
    await expect(note(page, 'andrej-karpathy')).toBeVisible();
    await expect(term(page, 'u05', 'en', karpathy.en.form)).toHaveClass(/\bterm-counterpart\b/);
    await expect.poll(() => shade(term(page, 'u05', 'en', karpathy.en.form)), 'the counterpart is visibly marked').not.toBe(await pageBackground(page));
    await expect(lit).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(note(page, 'andrej-karpathy')).toBeHidden();
    await expect(term(page, 'u05', 'en', karpathy.en.form)).not.toHaveClass(/\bterm-counterpart\b/);
    await expect(lit).toHaveCount(0);

    // English → Chinese.
    await term(page, 'u05', 'en', karpathy.en.form).click();
    await expect(term(page, 'u05', 'zh', karpathy.zh.form)).toHaveClass(/\bterm-counterpart\b/);
    await expect(lit).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(lit).toHaveCount(0);

    // Altman is in four units; only the Chinese side of the unit it was opened from lights up.
    await term(page, 'u01', 'en', 'Altman').click();
    await expect(note(page, 'sam-altman')).toBeVisible();
    await expect(term(page, 'u01', 'zh', '阿尔特曼')).toHaveClass(/\bterm-counterpart\b/);
    await expect(lit).toHaveCount(1);
    await expect(page.locator('[data-unit]:not([data-unit="u01"])').locator(occurrences('sam-altman'))).not.toHaveCount(0);
    await expect(page.locator('[data-unit]:not([data-unit="u01"]) .term-counterpart')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(lit).toHaveCount(0);
  });

  test(`/${locale}: the note says when the other side of the unit lacks the term`, async ({ page }) => {
    await visit(page, articlePath(locale));
    const absentEn = s.term.absent.en;
    const absentZh = s.term.absent.zh;

    // Present on both sides: neither message shows.
    await term(page, 'u05', 'zh', glossaryEntry('andrej-karpathy').zh.form).click();
    const karpathyNote = note(page, 'andrej-karpathy');
    await expect(karpathyNote).toBeVisible();
    await expect(karpathyNote.getByText(absentEn)).toBeHidden();
    await expect(karpathyNote.getByText(absentZh)).toBeHidden();
    await page.keyboard.press('Escape');

    for (const from of locales) {
      const other = from === 'zh' ? 'en' : 'zh';
      const c = await lopsided(page, from);
      await term(page, c.unit, from, c.name).click();
      const dialog = note(page, c.term);
      await expect(dialog).toBeVisible();
      await expect(dialog.getByText(s.term.absent[other])).toBeVisible();
      await expect(dialog.getByText(s.term.absent[from])).toBeHidden();
      await expect(page.locator('.term-counterpart')).toHaveCount(0);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(dialog.getByText(s.term.absent[other])).toBeHidden();
    }
  });

  test(`/${locale}: in a single-language view each unit can show its English in place`, async ({ page }) => {
    await visit(page, articlePath(locale));
    await page.getByRole('group', { name: s.reader.view.label }).getByRole('radio', { name: s.reader.view.zh }).check();
    await expect(page).toHaveURL(articlePath(locale, 'zh'));
    await expectShowing(page, 'zh');

    const unit = page.locator('#u05');
    const peek = unit.getByRole('button', { name: s.reader.tools.peek.en });
    await expect(peek, 'the tools wait for the reader to come to the unit').toHaveCount(0);
    await unit.hover({ position: { x: 8, y: 8 } });
    await expect(peek).toHaveAttribute('aria-expanded', 'false');
    await expect(unit.getByRole('button', { name: s.reader.tools.peek.zh }), 'no button for the language already shown').toHaveCount(0);

    await peek.click();
    await expect(peek).toHaveAttribute('aria-expanded', 'true');
    // Pressed, and still under the pointer, its label stays readable.
    const [ink, paper] = await peek.evaluate((button) => [getComputedStyle(button).color, getComputedStyle(button).backgroundColor]);
    expect(ink, 'label colour against the pressed button').not.toBe(paper);
    await expect(side(page, 'u05', 'en')).toBeVisible();
    await expect(side(page, 'u05', 'zh')).toBeVisible();
    await expect(page.locator('[data-unit] > [lang="en"]').locator('visible=true'), 'only this unit shows its English').toHaveCount(1);
    await expect(page).toHaveURL(articlePath(locale, 'zh'));
    await expect(page.getByRole('radio', { name: s.reader.view.zh })).toBeChecked();

    await peek.click();
    await expect(peek).toHaveAttribute('aria-expanded', 'false');
    await expect(side(page, 'u05', 'en')).toBeHidden();
    await expectShowing(page, 'zh');

    // By keyboard (the pointer out of the way): Enter shows, Space hides.
    await page.mouse.move(1, 1);
    const keyed = page.locator('#u06').getByRole('button', { name: s.reader.tools.peek.en });
    await page.locator('#u06').getByRole('link', { name: fill(s.reader.tools.link, 7) }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(keyed).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(keyed).toHaveAttribute('aria-expanded', 'true');
    await expect(side(page, 'u06', 'en')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(keyed).toHaveAttribute('aria-expanded', 'false');
    await expect(side(page, 'u06', 'en')).toBeHidden();
    await expect(page).toHaveURL(articlePath(locale, 'zh'));

    // A passage that exists in one language only has nothing to show.
    await page.locator('#source').focus();
    await expect(page.locator('#source').getByRole('button', { name: fill(s.reader.tools.copy, 1), exact: true })).toBeVisible();
    await expect(page.locator('#source').getByRole('button', { name: s.reader.tools.peek.en })).toHaveCount(0);
  });
}

/**
 * A unit where one side (`from`) has a marked term that the other side lacks. Taken from
 * the article when it has one; the seed article names the same terms on both sides of
 * every unit, so otherwise one is made by turning the other side's occurrences into
 * plain text (what a translation that drops a name looks like in the DOM).
 */
async function lopsided(page: Page, from: Locale): Promise<{ unit: string; term: string; name: string }> {
  const other = from === 'zh' ? 'en' : 'zh';
  const found = await page.locator('.unit[data-unit]').evaluateAll(
    (units, [a, b]) => {
      for (const unit of units) {
        const here = unit.querySelector(`:scope > .side-${a}:not(.side-empty)`);
        const there = unit.querySelector(`:scope > .side-${b}:not(.side-empty)`);
        if (!here || !there) continue;
        const ids = new Set([...there.querySelectorAll<HTMLElement>('button[data-term], dz-t[t]')].map((el) => el.dataset.term ?? el.getAttribute('t') ?? ""));
        const button = [...here.querySelectorAll<HTMLElement>('button[data-term][data-first]')].find((el) => !ids.has(el.dataset.term ?? ''));
        if (button) return { unit: (unit as HTMLElement).dataset.unit ?? '', term: button.dataset.term ?? '', name: button.textContent ?? '' };
      }
      return null;
    },
    [from, other],
  );
  if (found) return found;
  const made = from === 'zh' ? { unit: 'u05', term: 'andrej-karpathy' } : { unit: 'u08', term: 'carina-johansen' };
  await side(page, made.unit, other)
    .locator(occurrences(made.term))
    .evaluateAll((buttons) => buttons.forEach((button) => button.replaceWith(button.textContent ?? '')));
  await expect(side(page, made.unit, other).locator(occurrences(made.term))).toHaveCount(0);
  return { ...made, name: glossaryEntry(made.term)[from].form };
}
