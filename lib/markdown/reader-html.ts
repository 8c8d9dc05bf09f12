import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import type { Term } from '@/lib/content/schema';
import { pagePath } from '@/lib/build-mode';
import { noteId } from '@/lib/glossary/note-id';
import { langTag, locales, otherLocale, type Locale } from '@/lib/i18n/locales';
import { getT } from '@/lib/i18n/server';
import { quietTag } from './quiet-tag';
import type { RenderedArticle, RenderedUnit } from './render-article';

/**
 * The reader's body, the units and the notes, as one HTML string. It is the bulk of
 * the page, so it is written once, compactly, and kept out of the RSC payload (see
 * StaticHtml). Everything in it comes from the sanitized trees of lib/markdown, the
 * glossary and our own strings; hast-util-to-html escapes it.
 */
export function readerBodyHtml(article: RenderedArticle, locale: Locale): string {
  const t = getT(locale);
  const heads = h(
    'div.unit.unit-heads',
    { ariaHidden: 'true' },
    locales.map((l) => h(`p.side.side-${l}`, { lang: langTag[l] }, t(`languages.${l}`))),
  );
  const units = article.units.map((unit, index) => unitElement(unit, index + 1, t));
  const notes = article.terms.map((term) => noteElement(term, locale, t));
  const tree: Root = { type: 'root', children: [h('div.units', [heads, ...units]), h('div.notes', notes)] };
  return toHtml(tree, { preferUnquoted: true });
}

type T = ReturnType<typeof getT>;

function unitElement(unit: RenderedUnit, n: number, t: T): Element {
  return h('div.unit', { id: unit.id, dataUnit: unit.id, tabIndex: -1, role: 'group', ariaLabel: t('reader.tools.label', { n }) }, [
    ...locales.map((l) => {
      const side = unit.sides[l];
      return side
        ? h(`div.side.side-${l}`, { lang: langTag[l] }, occurrences(side.tree.children as ElementContent[]))
        : h(`div.side.side-${l}.side-empty`, [h('p', t(`reader.onlyIn.${otherLocale(l)}`))]);
    }),
    // The permalink works without JavaScript; ReaderBehavior adds the other tools to
    // the unit being read, so they are not repeated in every unit of the page.
    h('div.unit-tools', [h('a', { href: `#${unit.id}`, ariaLabel: t('reader.tools.link', { n }) }, '#')]),
  ]);
}

/** First occurrences (per language) as note buttons, the rest as quiet marks; safe outbound links. Copies. */
function occurrences(nodes: ElementContent[]): ElementContent[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    const id = node.properties.dataTerm;
    if (node.tagName === 'button' && typeof id === 'string') {
      return node.properties.dataFirst
        ? h('button.term', { popoverTarget: noteId(id), ariaControls: noteId(id), dataTerm: id, dataFirst: true }, node.children)
        : h(quietTag, { t: id }, node.children);
    }
    // Links in an article lead to other sites: do not hand them our URL or window.
    const external = node.tagName === 'a' && /^https?:/.test(String(node.properties.href ?? ''));
    const properties = external ? { ...node.properties, rel: ['noopener', 'noreferrer'] } : node.properties;
    return { ...node, properties, children: occurrences(node.children) };
  });
}

/**
 * A term's note, stored once per page and shown for every occurrence: a native
 * `popover`, so the browser gives it the top layer, Escape, light dismiss and
 * one-at-a-time, and it opens from its buttons without JavaScript.
 */
function noteElement(term: Term, locale: Locale, t: T): Element {
  const id = noteId(term.id);
  return h('div.note', { popover: 'auto', id, role: 'dialog', ariaLabelledby: `${id}-title` }, [
    h(`p.note-title#${id}-title`, locales.map((l) => h('span', { lang: langTag[l] }, term[l].form))),
    h('p.note-type', t(`term.types.${term.type}`)),
    h('p.note-text', term.note[locale]),
    h('p.note-more', [h('a', { href: pagePath(`/${locale}/glossary/${term.id}`) }, t('term.more'))]),
  ]);
}
