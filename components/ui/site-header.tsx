import Link from 'next/link';
import { langTag, locales, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import { LocaleSwitcher } from './locale-switcher';

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getT(locale);
  // Each language is named in itself, so a reader who cannot read the current UI still finds theirs.
  const choices = locales.map((l) => ({ locale: l, label: t(`languages.${l}`), lang: langTag[l] }));
  return (
    <header className="site-header">
      <nav aria-label={t('nav.label')} className="site-nav">
        <Link href={`/${locale}`} className="site-name">
          <span lang={langTag.zh}>对照</span> <span lang={langTag.en}>Duizhao</span>
        </Link>
        <Link href={`/${locale}`}>{t('nav.library')}</Link>
        <Link href={`/${locale}/glossary`}>{t('nav.glossary')}</Link>
      </nav>
      <LocaleSwitcher current={locale} label={t('nav.language')} choices={choices} />
    </header>
  );
}
