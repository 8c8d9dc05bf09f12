import Link from 'next/link';
import type { Term } from '@/lib/content/schema';
import { noteId } from '@/lib/glossary/note-id';
import { langTag, locales, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';

/**
 * The note of one term, stored once per page and shown for every occurrence. A
 * native `popover`: the browser gives it the top layer, Escape, light dismiss and
 * one-at-a-time, and it opens from its `popovertarget` buttons without JavaScript.
 */
export function TermNote({ term, locale }: { term: Term; locale: Locale }) {
  const t = getT(locale);
  const id = noteId(term.id);
  return (
    <div popover="auto" id={id} className="note" role="dialog" aria-labelledby={`${id}-title`} data-term={term.id}>
      <p className="note-title" id={`${id}-title`}>
        {locales.map((l) => (
          <span key={l} lang={langTag[l]} className="note-form">{term[l].form}</span>
        ))}
      </p>
      <p className="note-type">{t(`term.types.${term.type}`)}</p>
      <p className="note-text">{term.note[locale]}</p>
      {/* Shown by TermPopovers when the counterpart side of the opening unit lacks the term. */}
      {locales.map((l) => (
        <p key={l} className="note-absent" data-absent={l} hidden>{t(`term.absent.${l}`)}</p>
      ))}
      <p className="note-more">
        <Link href={`/${locale}/glossary/${term.id}`} prefetch={false}>{t('term.more')}</Link>
      </p>
    </div>
  );
}
