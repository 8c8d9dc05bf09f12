import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { locales } from '@/lib/i18n/locales';
import { readerBodyHtml } from '@/lib/markdown/reader-html';
import { renderArticle } from '@/lib/markdown/render-article';
import en from '../../locales/en/common.json';
import zh from '../../locales/zh/common.json';

const strings = { zh, en } as const;
const content = loadContent('content');
const article = content.articles[0]!;
const rendered = renderArticle(article, content.glossary);

/** The body as a browser parses it. */
function parse(html: string): Root {
  return fromHtml(html, { fragment: true });
}

function all(tree: Root | Element, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}
const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);
const text = (node: Element): string =>
  node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? text(c) : '')).join('');

describe('readerBodyHtml on the real article', () => {
  for (const locale of locales) {
    const tree = parse(readerBodyHtml(rendered, locale));
    const units = all(tree, (n) => hasClass(n, 'unit') && typeof n.properties.dataUnit === 'string');

    it(`${locale}: every unit, in order, with its sides, number and permalink`, () => {
      expect(units.map((u) => u.properties.id)).toEqual(rendered.units.map((u) => u.id));
      units.forEach((unit, index) => {
        expect(unit.properties.ariaLabel).toBe(strings[locale].reader.tools.label.replace('{{n}}', String(index + 1)));
        const links = all(unit, (n) => n.tagName === 'a' && n.properties.href === `#${unit.properties.id}`);
        expect(links).toHaveLength(1);
        expect(links[0]!.properties.ariaLabel).toBe(strings[locale].reader.tools.link.replace('{{n}}', String(index + 1)));
      });
      const source = units.find((u) => u.properties.id === 'source')!;
      const empty = all(source, (n) => hasClass(n, 'side-empty'));
      expect(empty).toHaveLength(1);
      expect(text(empty[0]!)).toBe(strings[locale].reader.onlyIn.zh);
    });

    it(`${locale}: each occurrence is there once; first ones are note buttons, the rest quiet marks`, () => {
      for (const [index, unit] of units.entries()) {
        for (const l of locales) {
          const side = rendered.units[index]!.sides[l];
          const column = all(unit, (n) => hasClass(n, `side-${l}`))[0]!;
          if (!side) continue;
          const marks = all(column, (n) => n.tagName === 'button' || n.tagName === 'dz-t');
          expect(marks.map((m) => String(m.properties.dataTerm ?? m.properties.t))).toEqual(side.occurrences);
          for (const mark of marks) {
            if (mark.tagName === 'button') {
              const id = String(mark.properties.dataTerm);
              expect(mark.properties.dataFirst).toBe('');
              expect(mark.properties.popoverTarget).toBe(`note-${id}`);
              expect(mark.properties.ariaControls).toEqual([`note-${id}`]);
            } else {
              expect(mark.properties.dataFirst).toBeUndefined();
            }
          }
        }
      }
      // The first occurrence of each term per language column is the button.
      for (const l of locales) {
        const firsts = units.flatMap((u) => all(u, (n) => hasClass(n, `side-${l}`)).flatMap((c) => all(c, (n) => n.tagName === 'button')));
        const ids = firsts.map((b) => String(b.properties.dataTerm));
        expect(new Set(ids).size).toBe(ids.length);
      }
    });

    it(`${locale}: links to other sites get neither our address nor our window`, () => {
      const outbound = all(tree, (n) => n.tagName === 'a' && /^https?:/.test(String(n.properties.href)));
      expect(outbound.length).toBeGreaterThan(5);
      for (const link of outbound) expect(link.properties.rel).toEqual(['noopener', 'noreferrer']);
    });

    it(`${locale}: one note per term used, in the UI language, linked to its page`, () => {
      const notes = all(tree, (n) => hasClass(n, 'note'));
      expect(notes.map((n) => n.properties.id)).toEqual(rendered.terms.map((t) => `note-${t.id}`));
      for (const [index, note] of notes.entries()) {
        const term = rendered.terms[index]!;
        expect(note.properties.popover).toBe('auto');
        expect(note.properties.role).toBe('dialog');
        const title = all(note, (n) => n.properties.id === `note-${term.id}-title`)[0]!;
        expect(text(title)).toBe(`${term.zh.form}${term.en.form}`);
        expect(text(all(note, (n) => hasClass(n, 'note-text'))[0]!)).toBe(term.note[locale]);
        expect(text(all(note, (n) => hasClass(n, 'note-type'))[0]!)).toBe(strings[locale].term.types[term.type]);
        expect(all(note, (n) => n.tagName === 'a').map((a) => a.properties.href)).toEqual([`/${locale}/glossary/${term.id}`]);
      }
    });
  }

  it('escapes what it writes: glossary text stays text', () => {
    const hostile = structuredClone(rendered);
    hostile.terms[0]!.note.en = '<img src=x onerror=alert(1)> & </div><script>alert(2)</script>';
    hostile.terms[0]!.zh.form = '"><svg onload=alert(3)>';
    const tree = parse(readerBodyHtml(hostile, 'en'));
    expect(all(tree, (n) => ['img', 'script', 'svg'].includes(n.tagName))).toEqual([]);
    const note = all(tree, (n) => n.properties.id === `note-${hostile.terms[0]!.id}`)[0]!;
    expect(text(all(note, (n) => hasClass(n, 'note-text'))[0]!)).toBe(hostile.terms[0]!.note.en);
    expect(text(note)).toContain('"><svg onload=alert(3)>');
  });
});
