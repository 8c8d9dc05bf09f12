import { describe, expect, it } from 'vitest';
import * as localesModule from '@/lib/i18n/locales';
import { isLocale, negotiateLocale } from '@/lib/i18n/locales';

describe('lib/i18n/locales', () => {
  it('exports the locale API', () => {
    expect(Object.keys(localesModule).sort()).toEqual(
      ['defaultLocale', 'isLocale', 'langTag', 'localeCookie', 'locales', 'negotiateLocale', 'otherLocale'].sort(),
    );
  });

  it('negotiates by q-value and falls back to Chinese', () => {
    expect(negotiateLocale('en-US,en;q=0.9')).toBe('en');
    expect(negotiateLocale('fr-FR,fr;q=0.9,en;q=0.5,zh;q=0.8')).toBe('zh');
    expect(negotiateLocale('zh-TW')).toBe('zh');
    expect(negotiateLocale('fr')).toBe('zh');
    expect(negotiateLocale('en;q=0, zh;q=0')).toBe('zh');
    expect(negotiateLocale(null)).toBe('zh');
  });

  it('knows its locales', () => {
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
