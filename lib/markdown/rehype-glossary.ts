import type { Element, ElementContent, Root, Text } from 'hast';
import type { Matcher } from '@/lib/glossary/matcher';
import { noteId as defaultNoteId } from '@/lib/glossary/note-id';

export interface Options {
  /** Finds term occurrences in a string. Required. */
  matcher: Matcher;
  /** Builds the id of the element holding a term's note. Default: `note-${termId}`. */
  noteId?: (termId: string) => string;
  /** Called for every occurrence, in document order. Default: nothing. */
  onOccurrence?: (termId: string, text: string) => void;
}

// Never nest an interactive element in another, and leave literal text alone.
const SKIP = new Set(['a', 'button', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);

/**
 * Wrap each glossary term in the text of the tree in a button that opens its note.
 * Runs after rehype-sanitize: everything it adds is built from glossary ids, never
 * from content parsed as HTML.
 */
export default function rehypeGlossary(options: Options) {
  if (!options || typeof options.matcher?.find !== 'function') throw new TypeError('Expected `options.matcher`');
  const { matcher, noteId = defaultNoteId, onOccurrence } = options;

  function walk(parent: Root | Element) {
    const next: (typeof parent.children)[number][] = [];
    let changed = false;
    for (const child of parent.children) {
      if (child.type === 'element') {
        if (!SKIP.has(child.tagName)) walk(child);
        next.push(child);
      } else if (child.type === 'text') {
        const pieces = split(child);
        if (pieces.length !== 1 || pieces[0] !== child) changed = true;
        next.push(...pieces);
      } else {
        next.push(child);
      }
    }
    if (changed) parent.children = next as typeof parent.children;
  }

  function split(node: Text): ElementContent[] {
    const hits = matcher.find(node.value);
    if (hits.length === 0) return [node];
    const out: ElementContent[] = [];
    let cursor = 0;
    for (const hit of hits) {
      if (hit.start > cursor) out.push({ type: 'text', value: node.value.slice(cursor, hit.start) });
      const value = node.value.slice(hit.start, hit.end);
      onOccurrence?.(hit.termId, value);
      out.push({
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['term'], dataTerm: hit.termId, popoverTarget: noteId(hit.termId), ariaControls: [noteId(hit.termId)] },
        children: [{ type: 'text', value }],
      });
      cursor = hit.end;
    }
    if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
    return out;
  }

  return function (tree: Root) {
    walk(tree);
  };
}
