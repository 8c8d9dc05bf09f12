import type { Element, ElementContent, Root } from 'hast';

/**
 * A reader tree as a concordance shows it: occurrences of one term become `<mark>`,
 * every other term plain text. Works on a copy; the cached reader tree stays intact.
 */
export function highlightTerm(tree: Root, termId: string): Root {
  const copy = structuredClone(tree);
  const visit = (node: Root | Element) => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child as ElementContent];
      const id = child.properties.dataTerm;
      if (child.tagName === 'button' && typeof id === 'string') {
        return id === termId ? [{ type: 'element', tagName: 'mark', properties: {}, children: child.children }] : child.children;
      }
      visit(child);
      return [child];
    }) as typeof node.children;
  };
  visit(copy);
  return copy;
}
