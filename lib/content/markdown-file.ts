import type { Definition, Html, Image, Link, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ContentError, type ContentWarning } from './errors';
import { clip } from './files';
import { articleMetaSchema, type ArticleMeta } from './schema';
import { parseYaml } from './yaml';

/** One unit as written in one language file. */
export interface FileUnit {
  id: string;
  /** Marked `only`: deliberately present in this language alone. */
  only: boolean;
  /** Line of the unit marker. */
  line: number;
  blocks: RootContent[];
}

export interface ArticleFile {
  file: string;
  meta: ArticleMeta;
  /** File line of each frontmatter key, for messages about its value. */
  metaLines: Partial<Record<keyof ArticleMeta, number>>;
  units: FileUnit[];
  warnings: ContentWarning[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

// `<!-- unit u01 -->` or `<!-- unit credit only -->`, alone in its block.
const MARKER = /^<!--\s*unit\s+([a-z0-9]+(?:-[a-z0-9]+)*)(\s+only)?\s*-->$/;
const LOOKS_LIKE_MARKER = /<!--\s*unit\b/;

/** A Markdown file as a tree, its frontmatter a `yaml` node; binary data is refused. */
export function parseMarkdown(text: string, file: string): Root {
  if (text.includes('\u0000')) throw new ContentError(file, 1, 1, 'binary data in a Markdown file');
  return parser.parse(text) as Root;
}

/**
 * Split one language file of an article into its frontmatter and its units.
 * Units are delimited by marker comments, which any Markdown preview hides, so
 * a translator can edit the file as ordinary Markdown. A caller that has parsed
 * the file already passes its tree, which this changes in place.
 */
export function parseArticleFile(text: string, file: string, tree: Root = parseMarkdown(text, file)): ArticleFile {
  const [first] = tree.children;
  if (!first || first.type !== 'yaml') throw new ContentError(file, 1, 1, 'missing frontmatter (a `---` block with title, source, date…)');
  const { data: meta, locate } = parseYaml({ text: first.value, file, firstLine: line(first) + 1 }, articleMetaSchema);
  const metaLines = Object.fromEntries(Object.keys(meta).map((key) => [key, locate([key]).line]));

  resolveReferences(tree);
  const units: FileUnit[] = [];
  const warnings: ContentWarning[] = [];
  const ids = new Map<string, number>();
  for (const node of tree.children.slice(1)) {
    const marker = node.type === 'html' ? MARKER.exec(node.value.trim()) : null;
    if (marker) {
      const id = marker[1]!;
      const previous = ids.get(id);
      if (previous !== undefined) throw new ContentError(file, line(node), 1, `duplicate unit \`${id}\` (first at line ${previous})`);
      ids.set(id, line(node));
      units.push({ id, only: Boolean(marker[2]), line: line(node), blocks: [] });
      continue;
    }
    if (node.type === 'definition') continue; // already resolved into the links that use it
    const current = units.at(-1);
    if (!current) throw new ContentError(file, line(node), column(node), 'text before the first unit marker (`<!-- unit ID -->`)');
    current.blocks.push(node);
  }
  for (const unit of units) {
    if (unit.blocks.length === 0) throw new ContentError(file, unit.line, 1, `unit \`${unit.id}\` is empty`);
  }
  visit(tree, 'html', (node: Html, _index, parent) => {
    if (parent === tree && MARKER.test(node.value.trim())) return;
    if (LOOKS_LIKE_MARKER.test(node.value)) {
      throw new ContentError(file, line(node), column(node), `malformed unit marker \`${node.value.trim()}\` (expected \`<!-- unit ID -->\` alone between blank lines)`);
    }
    warnings.push({ file, line: line(node), column: column(node), message: `raw HTML is not rendered: \`${clip(node.value)}\`` });
  });
  return { file, meta, metaLines, units, warnings };
}

/**
 * Units are rendered one at a time, but a Markdown file may define a link once, at
 * its end, and use it anywhere: turn every reference into a plain link or image.
 */
function resolveReferences(tree: Root) {
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node: Definition) => {
    if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type !== 'linkReference' && node.type !== 'imageReference') return;
    const definition = definitions.get(node.identifier);
    if (!definition) return;
    const { url, title } = definition;
    const replacement: Link | Image =
      node.type === 'linkReference'
        ? { type: 'link', url, title, children: node.children, position: node.position }
        : { type: 'image', url, title, alt: node.alt, position: node.position };
    parent.children.splice(index, 1, replacement as never);
  });
}

function line(node: { position?: { start: { line: number } } }): number {
  return node.position?.start.line ?? 1;
}

function column(node: { position?: { start: { column: number } } }): number {
  return node.position?.start.column ?? 1;
}
