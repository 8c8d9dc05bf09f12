import { readerBodyHtml } from '@/lib/markdown/reader-html';
import type { RenderedArticle } from '@/lib/markdown/render-article';
import { putStaticHtml } from '@/lib/react/static-html-store';
import { formatDate } from '@/lib/i18n/format';
import { langTag, locales, otherLocale, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import { applySettingsScript } from '@/lib/reader/apply-settings';
import { annotations, defaults as settings, settingKeys, settingSpecs, views } from '@/lib/reader/view';
import { ReaderBehavior } from './reader-behavior';
import { ReaderHelp } from './reader-help';
import { SettingToggle } from './setting-toggle';
import { StaticHtml } from './static-html';
import { TermPopovers } from './term-popovers';
import { UnitTools } from './unit-tools';

// From this many units on, units off screen are not laid out (see .reader-long).
const LONG_ARTICLE = 200;

export function Reader({ locale, article }: { locale: Locale; article: RenderedArticle }) {
  const t = getT(locale);
  const { meta } = article;
  const own = meta[locale];
  const bodyId = `reader-body-${locale}-${article.slug}`;
  putStaticHtml(bodyId, readerBodyHtml(article, locale));
  return (
    <article className={article.units.length > LONG_ARTICLE ? 'reader reader-long' : 'reader'} aria-labelledby="reader-title">
      <header className="reader-header">
        <h1 id="reader-title" lang={langTag[locale]}>{own.title}</h1>
        <p className="reader-alt-title" lang={langTag[otherLocale(locale)]}>{meta[otherLocale(locale)].title}</p>
        <p className="reader-source">
          <a href={own.source} rel="noopener noreferrer">
            {t('reader.source', { publisher: own.publisher, date: formatDate(own.date, locale) })}
          </a>
        </p>
        {locales.some((l) => meta[l].note) && (
          <section className="reader-notes" aria-labelledby="reader-notes-title">
            <h2 id="reader-notes-title">{t('reader.notes')}</h2>
            {locales.map((l) => (meta[l].note ? <p key={l} lang={langTag[l]}>{meta[l].note}</p> : null))}
          </section>
        )}
        <div className="reader-controls">
          <SettingToggle
            param={settingKeys.view.param}
            cookie={settingKeys.view.cookie}
            value={settings.view}
            label={t('reader.view.label')}
            options={views.map((v) => ({ value: v, label: t(`reader.view.${v}`) }))}
          />
          <SettingToggle
            param={settingKeys.annotate.param}
            cookie={settingKeys.annotate.cookie}
            value={settings.annotate}
            label={t('reader.annotate.label')}
            options={annotations.map((a) => ({ value: a, label: t(`reader.annotate.${a}`) }))}
          />
          <ReaderHelp
            strings={{
              open: t('reader.help.open'),
              title: t('reader.help.title'),
              close: t('reader.help.close'),
              keys: [
                { keys: ['j', '↓'], label: t('reader.help.next') },
                { keys: ['k', '↑'], label: t('reader.help.previous') },
                { keys: ['c'], label: t('reader.help.peek') },
                { keys: ['?'], label: t('reader.help.help') },
                { keys: ['Esc'], label: t('reader.help.escape') },
              ],
            }}
          />
        </div>
        {/* Before the first paint: the view and marking from the URL or the last visit. */}
        <script dangerouslySetInnerHTML={{ __html: applySettingsScript(settingSpecs) }} />
      </header>
      <StaticHtml id={bodyId} />
      <UnitTools locale={locale} />
      <p className="visually-hidden" role="status" id="reader-status" data-copied={t('reader.tools.copied')} data-copy-failed={t('reader.tools.copyFailed')} data-absent-zh={t('term.absent.zh')} data-absent-en={t('term.absent.en')} />
      <TermPopovers />
      <ReaderBehavior />
    </article>
  );
}
