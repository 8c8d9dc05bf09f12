import { article, articlePath, expect, hydrated, isStatic, langTag, literal, locales, route, side, test, ui, visit } from './support';

// Under `next start` the proxy answers / with an HTTP redirect; a static host has no
// server logic, so there / is a page that redirects in the browser (tested below).
if (!isStatic) {
  test.describe('/ picks the library language from Accept-Language', () => {
    const cases: [string | undefined, string][] = [
      [undefined, '/zh'],
      ['en-US,en;q=0.9', '/en'],
      ['zh-CN,zh;q=0.9,en;q=0.8', '/zh'],
      ['fr-FR,fr;q=0.9,en;q=0.5', '/en'],
      ['en;q=0.3,zh-TW;q=0.8', '/zh'],
      ['de-DE', '/zh'],
    ];
    for (const [acceptLanguage, target] of cases) {
      test(`Accept-Language ${acceptLanguage ?? '(none)'} → 307 to ${target}`, async ({ request, baseURL }) => {
        const headers: Record<string, string> = acceptLanguage ? { 'Accept-Language': acceptLanguage } : {};
        const response = await request.get('/', { headers, maxRedirects: 0 });
        expect(response.status()).toBe(307);
        expect(new URL(response.headers().location ?? '', baseURL).pathname).toBe(target);
      });
    }
  });
}

// The browser's languages decide, on a server and on a static host alike.
for (const [browserLocale, target] of [['en-GB', '/en'], ['zh-CN', '/zh'], ['de-DE', '/zh']] as const) {
  test.describe(`a browser set to ${browserLocale}`, () => {
    test.use({ locale: browserLocale });
    test(`opening / lands on ${target}`, async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${target}/?$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
}

test('the library lists the article with both titles, each in its own language', async ({ page }) => {
  for (const locale of locales) {
    const other = locale === 'zh' ? 'en' : 'zh';
    await page.goto(`/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', langTag[locale]);
    await expect(page.getByRole('heading', { level: 1, name: ui[locale].libraryTitle })).toBeVisible();
    const link = page.getByRole('link', { name: article[locale].title, exact: true });
    await expect(link).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: article[locale].title })).toHaveAttribute('lang', langTag[locale]);
    await expect(page.getByText(article[other].title, { exact: true })).toHaveAttribute('lang', langTag[other]);
    await link.click();
    await expect(page).toHaveURL(articlePath(locale));
    await expect(page.getByRole('heading', { level: 1, name: article[locale].title })).toBeVisible();
  }
});

test('the reader speaks the UI language in <html lang>, <title> and description, and marks each column', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(articlePath(locale));
    await expect(page.locator('html')).toHaveAttribute('lang', langTag[locale]);
    await expect(page).toHaveTitle(new RegExp(`^${literal(article[locale].title)}`));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', article[locale].description);
    await expect(page.getByRole('heading', { level: 1, name: article[locale].title })).toHaveAttribute('lang', langTag[locale]);
    // Every unit's text sits in a column that says which language it is in.
    await expect(page.locator('[data-unit]')).toHaveCount(21);
    await expect(page.locator('[data-unit] > [lang]')).toHaveCount(41); // 20 pairs and the Chinese-only source
    await expect(page.locator('[data-unit] > [lang="zh-Hans"]')).toHaveCount(21);
    await expect(page.locator('[data-unit] > [lang="en"]')).toHaveCount(20);
    await expect(page.locator('[data-unit="u01"] > [lang="zh-Hans"]')).toContainText('但是在 2018 年，没有理由认为冲动的马斯克');
    await expect(page.locator('[data-unit="u01"] > [lang="en"]')).toContainText('But in 2018, there was no reason to think');
  }
});

// The reader's body reaches the browser only with the page's HTML (StaticHtml): after a
// client-side navigation away and back, it must still be whole and working.
test('leaving the reader by a site link and coming back shows the whole text', async ({ page }) => {
  await visit(page, articlePath('en'));
  await page.getByRole('navigation').getByRole('link', { name: 'Glossary', exact: true }).click();
  await expect(page).toHaveURL(route('/en/glossary'));
  await expect(page.getByRole('searchbox')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(articlePath('en'));
  await expect(page.locator('[data-unit]')).toHaveCount(21);
  await expect(page.locator('[data-unit="u01"] > [lang="en"]')).toContainText('But in 2018, there was no reason to think');
  await side(page, 'u01', 'en').getByRole('button', { name: 'Musk', exact: true }).click();
  await expect(page.getByRole('dialog', { name: /Elon Musk/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('#u03').hover({ position: { x: 8, y: 8 } });
  await expect(page.locator('#u03').getByRole('button', { name: 'Copy link to passage 4', exact: true })).toBeVisible();
});

test('the English rendering is labelled as such on the reader, in both UI languages', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(articlePath(locale));
    const notes = page.getByRole('region', { name: ui[locale].notes });
    await expect(notes.getByText(article.en.note ?? '(missing en note)', { exact: true })).toBeVisible();
    await expect(notes.getByText(article.en.note ?? '(missing en note)', { exact: true })).toHaveAttribute('lang', 'en');
    await expect(notes.getByText(article.zh.note ?? '(missing zh note)', { exact: true })).toHaveAttribute('lang', 'zh-Hans');
  }
});

test.describe('locale switcher', () => {
  test('names each language in itself and marks the current one', async ({ page }) => {
    for (const locale of locales) {
      await visit(page, `/${locale}`);
      const nav = page.getByRole('navigation', { name: ui[locale].localeNav });
      await expect(nav.getByRole('link', { name: '中文' })).toHaveAttribute('lang', 'zh-Hans');
      await expect(nav.getByRole('link', { name: 'English' })).toHaveAttribute('lang', 'en');
      await expect(nav.getByRole('link', { name: locale === 'zh' ? '中文' : 'English' })).toHaveAttribute('aria-current', 'true');
      await expect(nav.getByRole('link', { name: locale === 'zh' ? 'English' : '中文' })).not.toHaveAttribute('aria-current', /.*/);
    }
  });

  test('on the library switches to the other library', async ({ page }) => {
    await visit(page, '/en');
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(route('/zh'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1, name: '文库' })).toBeVisible();
  });

  test('on the reader keeps the article and the view', async ({ page }) => {
    await visit(page, articlePath('en'));
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(articlePath('zh'));
    await expect(page.getByRole('heading', { level: 1, name: article.zh.title })).toBeVisible();

    await visit(page, articlePath('zh', 'en'));
    await page.getByRole('navigation', { name: '界面语言' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(articlePath('en', 'en'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: article.en.title })).toBeVisible();
    await expect(side(page, 'u01', 'zh')).toBeHidden();
    await expect(side(page, 'u01', 'en')).toBeVisible();

    await hydrated(page);
    await page.getByRole('navigation', { name: 'Interface language' }).getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(articlePath('zh', 'en'));
    await expect(page.getByRole('heading', { level: 1, name: article.zh.title })).toBeVisible();
    await expect(side(page, 'u01', 'zh')).toBeHidden();
    await expect(side(page, 'u01', 'en')).toBeVisible();
  });
});

test.describe('unknown addresses answer 404 with a 404 page', () => {
  const localised: [string, 'zh' | 'en'][] = [
    ['/zh/articles/no-such-article', 'zh'],
    ['/en/articles/no-such-article', 'en'],
    ['/zh/no/such/page', 'zh'],
    ['/en/no-such-page', 'en'],
  ];
  for (const [url, locale] of localised) {
    test(`${url} says so in ${locale}`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', langTag[locale]);
      await expect(page.getByRole('heading', { level: 1, name: ui[locale].notFound.title })).toBeVisible();
      await expect(page.getByText(ui[locale].notFound.body)).toBeVisible();
      await expect(page.getByRole('link', { name: ui[locale].notFound.back })).toHaveAttribute('href', `/${locale}`);
      const other = locale === 'zh' ? 'en' : 'zh';
      await expect(page.getByRole('heading', { name: ui[other].notFound.title })).toHaveCount(0);
    });
  }

  for (const url of ['/fr', '/fr/articles/x']) {
    test(`${url} (unknown locale) says so in both languages`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      for (const locale of locales) {
        const heading = page.getByRole('heading', { level: 1, name: ui[locale].notFound.title });
        const section = page.getByRole('main').locator(`[lang="${langTag[locale]}"]`, { has: heading });
        await expect(section).toBeVisible();
        await expect(section.getByText(ui[locale].notFound.body)).toBeVisible();
        await expect(section.getByRole('link', { name: ui[locale].notFound.back })).toHaveAttribute('href', `/${locale}`);
      }
    });
  }

  test('localised 404 pages log no errors, visit after visit', async ({ context }) => {
    // The stray request for /favicon.ico that some visits make comes and goes, so visit
    // often, in fresh tabs as a reader arriving from a broken link would.
    const errors: string[] = [];
    context.on('console', (message) => {
      const url = message.location().url;
      if (message.type() === 'error' && !/\/no-such-[a-z]+\/?$/.test(url)) errors.push(`${message.text()} (${url})`);
    });
    for (let round = 0; round < 4; round++) {
      await Promise.all(
        ['/zh/articles/no-such-article', '/en/articles/no-such-article', '/zh/no-such-page', '/en/articles/no-such-page'].map(async (url) => {
          const page = await context.newPage();
          await page.goto(url);
          await expect(page.getByText('404', { exact: true })).toBeVisible();
          await page.close();
        }),
      );
    }
    expect(errors).toEqual([]);
  });

  test('the HTTP status is 404 for a plain client too', async ({ request }) => {
    for (const url of ['/zh/articles/no-such-article', '/en/no-such-page', '/fr', '/fr/articles/x']) {
      const response = await request.get(route(url), { maxRedirects: 0 });
      expect(response.status(), url).toBe(404);
    }
  });
});
