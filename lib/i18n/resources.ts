import en from '@/locales/en/common.json';
import zh from '@/locales/zh/common.json';
import type { Locale } from './locales';

export type Messages = typeof zh;

// Each language must have exactly the other's keys: a missing string fails `tsc` here.
const zhMessages: Messages = zh satisfies typeof en;
const enMessages: Messages = en satisfies typeof zh;

export const resources: Record<Locale, { common: Messages }> = {
  zh: { common: zhMessages },
  en: { common: enMessages },
};

