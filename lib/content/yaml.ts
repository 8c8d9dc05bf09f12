import { LineCounter, parseDocument, isMap, isNode, isScalar } from 'yaml';
import type { z } from 'zod';
import { ContentError } from './errors';

export interface YamlSource {
  text: string;
  file: string;
  /** File line on which `text` starts (frontmatter sits below a `---` line). Default 1. */
  firstLine?: number;
}

/**
 * Parse YAML and validate it with a schema; any problem becomes a ContentError that
 * points at the offending node's line and column in the original file.
 */
export interface Parsed<T> {
  data: T;
  /** File position of the node at `path`, or of its nearest existing ancestor. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
}

export function parseYaml<T extends z.ZodType>(source: YamlSource, schema: T): Parsed<z.output<T>> {
  const { text, file, firstLine = 1 } = source;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  const [yamlError] = doc.errors;
  if (yamlError) {
    const { line, column } = at(yamlError.pos[0]);
    throw new ContentError(file, line, column, `invalid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  // Walk up the path until a node exists: a missing key is reported at its parent.
  const nodeAt = (wanted: readonly (string | number)[]) => {
    let path = [...wanted];
    while (true) {
      const node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
      if ((isNode(node) && node.range) || path.length === 0) return node;
      path = path.slice(0, -1);
    }
  };
  const locate = (path: readonly (string | number)[]) => {
    const node = nodeAt(path);
    return at(isNode(node) && node.range ? node.range[0] : 0);
  };
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, locate };
  const [issue] = result.error.issues;
  if (!issue) throw new ContentError(file, firstLine, 1, 'invalid data');
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  // An unknown key is reported by zod at its parent object: point at the key itself instead.
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0]!;
    const parent = nodeAt(path);
    const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
    const { line, column } = isScalar(pair?.key) && pair.key.range ? at(pair.key.range[0]) : locate(path);
    throw new ContentError(file, line, column, `\`${[...path, key].join('.')}\`: unknown key`);
  }
  const node = nodeAt(path);
  const { line, column } = locate(path);
  const where = issue.path.length ? `\`${issue.path.join('.')}\`` : 'document';
  const value = isNode(node) && 'value' in node && node.value !== undefined && typeof node.value !== 'object'
    ? ` (got \`${String(node.value)}\`)`
    : '';
  throw new ContentError(file, line, column, `${where}: ${issue.message}${value}`);
}
