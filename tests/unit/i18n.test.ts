import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/i18n/format';
import { locales } from '@/lib/i18n/locales';
import { resources } from '@/lib/i18n/resources';
import { getT } from '@/lib/i18n/server';

type Json = string | { [key: string]: Json };

// Read the files as files: what the translators edit, not what the bundler made of them.
const messages = Object.fromEntries(
  locales.map((locale) => [locale, JSON.parse(readFileSync(`locales/${locale}/common.json`, 'utf8')) as Json]),
) as Record<(typeof locales)[number], Json>;

/** Every leaf as `[dotted.key.path, value]`; a leaf that is not a string is reported as such. */
function leaves(node: Json, prefix = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales/*/common.json', () => {
  it('has exactly the same key paths in both languages', () => {
    const [zh, en] = locales.map((locale) => leaves(messages[locale]).map(([key]) => key).sort());
    expect(zh!.length).toBeGreaterThan(20);
    expect(zh).toEqual(en);
  });

  it('has no empty or non-string values', () => {
    for (const locale of locales) {
      const bad = leaves(messages[locale]).filter(([, value]) => typeof value !== 'string' || value.trim() === '');
      expect(bad, locale).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const en = new Map(leaves(messages.en));
    const differ = leaves(messages.zh)
      .filter(([key, value]) => JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(en.get(key))))
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });
});

describe('lib/i18n/resources', () => {
  it('exports resources', async () => {
    expect(Object.keys(await import('@/lib/i18n/resources')).sort()).toEqual(['resources']);
  });

  it('holds the common namespace of each locale, as in the files', () => {
    expect(Object.keys(resources).sort()).toEqual([...locales].sort());
    for (const locale of locales) expect(resources[locale]).toEqual({ common: messages[locale] });
  });
});

describe('lib/i18n/server', () => {
  it('exports getT', async () => {
    expect(Object.keys(await import('@/lib/i18n/server')).sort()).toEqual(['getT']);
  });

  it('translates, interpolates and pluralizes per locale, without cross-talk', () => {
    const en = getT('en');
    const zh = getT('zh');
    expect(zh('site.name')).toBe('对照');
    expect(en('site.name')).toBe('Duizhao');
    expect(getT('en')).toBe(en);
    expect(en('library.units', { count: 1 })).toBe('1 aligned passage');
    expect(en('library.units', { count: 21 })).toBe('21 aligned passages');
    expect(zh('library.units', { count: 21 })).toBe('21 段对照');
    expect(en('reader.tools.label', { n: 3 })).toBe('Passage 3');
    expect(zh('reader.tools.label', { n: 3 })).toBe('第 3 段');
    // Interpolated values are not HTML-escaped here: React escapes when it renders.
    expect(en('library.published', { publisher: 'A & <B>', date: 'today' })).toBe('A & <B>, today');
    expect(zh('site.name')).toBe('对照');
  });
});

describe('lib/i18n/format', () => {
  it('exports formatDate', async () => {
    expect(Object.keys(await import('@/lib/i18n/format')).sort()).toEqual(['formatDate']);
  });

  it('writes an ISO date as each locale does, on the same day everywhere', () => {
    expect(formatDate('2023-03-24', 'zh')).toBe('2023年3月24日');
    expect(formatDate('2023-03-24', 'en')).toBe('March 24, 2023');
    expect(formatDate('2024-01-01', 'en')).toBe('January 1, 2024');
  });
});
