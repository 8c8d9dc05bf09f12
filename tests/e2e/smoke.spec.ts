import { expect, test } from '@playwright/test';

test('the library lists the seed article with both titles', async ({ page }) => {
  await page.goto('/en');
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'The secret history of Elon Musk, Sam Altman, and OpenAI' })).toBeVisible();
  await expect(page.getByText('Elon Musk、Sam Altman 和 OpenAI 的秘密历史')).toHaveAttribute('lang', 'zh-Hans');
});
