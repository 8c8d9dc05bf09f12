import type { Nodes, Properties } from 'hast';

/**
 * A small HTML serializer for hast, so that tests can spell out the exact HTML they
 * expect in one plain style: double quotes, and `& < > "` always escaped. (The app's
 * own serializer, hast-util-to-html in lib/markdown/reader-html, writes as few bytes
 * as it can, which makes for unreadable expectations.) It knows just enough: void
 * elements, attribute names from hast property names, escaping. Any node type it does
 * not know (a `raw` node, say) is an error, because the app would have to render it.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

export function toHtml(node: Nodes): string {
  switch (node.type) {
    case 'root':
      return node.children.map(toHtml).join('');
    case 'element': {
      const open = `<${node.tagName}${attributes(node.properties)}>`;
      return VOID.has(node.tagName) ? open : `${open}${node.children.map(toHtml).join('')}</${node.tagName}>`;
    }
    case 'text':
      return node.value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    case 'comment':
      return `<!--${node.value}-->`;
    default:
      throw new Error(`Unexpected hast node \`${node.type}\``);
  }
}

/** The HTML attribute name of a hast property: `className` → `class`, `dataTerm` → `data-term`. */
export function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

function attributes(properties: Properties): string {
  let out = '';
  for (const [property, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false) continue;
    const name = attributeName(property);
    if (value === true) {
      out += ` ${name}`;
      continue;
    }
    const text = Array.isArray(value) ? value.join(' ') : String(value);
    out += ` ${name}="${text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}"`;
  }
  return out;
}
