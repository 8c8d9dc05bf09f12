import type { Article } from '@/lib/content/article';
import { TermNote } from '@/components/glossary/term-note';
import { getRenderedArticle } from '@/lib/markdown/articles';
import { formatDate } from '@/lib/i18n/format';
import { langTag, locales, otherLocale, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import { applySettingsScript } from '@/lib/reader/apply-settings';
import { annotations, defaults as settings, settingKeys, settingSpecs, views } from '@/lib/reader/view';
import { Markdown } from './markdown';
import { ReaderBehavior } from './reader-behavior';
import { ReaderHelp } from './reader-help';
import { SettingToggle } from './setting-toggle';
import { TermPopovers } from './term-popovers';
import { UnitTools } from './unit-tools';

export function Reader({ locale, article }: { locale: Locale; article: Article }) {
  const t = getT(locale);
  const { meta, units, terms } = getRenderedArticle(article);
  const own = meta[locale];
  return (
    <article className="reader" aria-labelledby="reader-title">
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
      <div className="units">
        <div className="unit unit-heads" aria-hidden="true">
          {locales.map((l) => (
            <p key={l} className={`side side-${l}`} lang={langTag[l]}>{t(`languages.${l}`)}</p>
          ))}
        </div>
        {units.map((unit, index) => {
          const n = index + 1;
          return (
            <div key={unit.id} id={unit.id} className="unit" data-unit={unit.id} tabIndex={-1} role="group" aria-label={t('reader.tools.label', { n })}>
              {locales.map((l) => {
                const side = unit.sides[l];
                return side ? (
                  <div key={l} id={`${unit.id}-${l}`} className={`side side-${l}`} lang={langTag[l]}>
                    <Markdown tree={side.tree} annotate={settings.annotate} />
                  </div>
                ) : (
                  <div key={l} id={`${unit.id}-${l}`} className={`side side-${l} side-empty`}>
                    <p>{t(`reader.onlyIn.${otherLocale(l)}`)}</p>
                  </div>
                );
              })}
              <UnitTools unitId={unit.id} n={n} locale={locale} peekable={locales.every((l) => unit.sides[l])} />
            </div>
          );
        })}
      </div>
      <div className="notes">
        {terms.map((term) => (
          <TermNote key={term.id} term={term} locale={locale} />
        ))}
      </div>
      <p className="visually-hidden" role="status" id="reader-status" data-copied={t('reader.tools.copied')} data-copy-failed={t('reader.tools.copyFailed')} />
      <TermPopovers />
      <ReaderBehavior />
    </article>
  );
}
