import type { RootContent } from 'mdast';
import { locales, type Locale } from '@/lib/i18n/locales';
import { ContentError, type ContentWarning } from './errors';
import type { ArticleFile } from './markdown-file';
import type { ArticleMeta } from './schema';

/** The Markdown blocks of one unit in one language. */
export interface UnitSide {
  file: string;
  line: number;
  blocks: RootContent[];
}

/** One aligned row of the reader: a unit has both sides, or one side by the editor's choice. */
export interface Unit {
  id: string;
  sides: Partial<Record<Locale, UnitSide>>;
}

export interface Article {
  slug: string;
  meta: Record<Locale, ArticleMeta>;
  units: Unit[];
  warnings: ContentWarning[];
}

/**
 * Pair the units of the two language files. Units are matched by id and must come
 * in the same order; a unit in one file only must say so (`only`). Anything else is
 * an error, because rendering it would silently shift every pair after it.
 */
export function pairArticle(slug: string, files: Record<Locale, ArticleFile>): Article {
  const [a, b] = locales;
  const left = files[a];
  const right = files[b];
  checkSharedMeta(left, right);
  const rightIds = new Map(right.units.map((u) => [u.id, u]));
  const leftIds = new Map(left.units.map((u) => [u.id, u]));
  const units: Unit[] = [];
  let i = 0;
  let j = 0;
  while (i < left.units.length || j < right.units.length) {
    const l = left.units[i];
    const r = right.units[j];
    if (l && l.only) {
      const twin = rightIds.get(l.id);
      if (twin) throw new ContentError(right.file, twin.line, 1, `unit \`${l.id}\` is marked \`only\` in ${left.file}:${l.line} but also appears here`);
      units.push({ id: l.id, sides: { [a]: side(left, l) } });
      i++;
      continue;
    }
    if (r && r.only) {
      const twin = leftIds.get(r.id);
      if (twin) throw new ContentError(left.file, twin.line, 1, `unit \`${r.id}\` is marked \`only\` in ${right.file}:${r.line} but also appears here`);
      units.push({ id: r.id, sides: { [b]: side(right, r) } });
      j++;
      continue;
    }
    if (l && r && l.id === r.id) {
      units.push({ id: l.id, sides: { [a]: side(left, l), [b]: side(right, r) } });
      i++;
      j++;
      continue;
    }
    // The two files disagree here: name the unit that has no partner, or the order clash.
    if (l && !rightIds.has(l.id)) throw missing(l.id, left, l.line, right);
    if (r && !leftIds.has(r.id)) throw missing(r.id, right, r.line, left);
    if (l && r) {
      throw new ContentError(right.file, r.line, 1, `units out of order: \`${r.id}\` here, but \`${l.id}\` at ${left.file}:${l.line}`);
    }
    const stray = (l ?? r)!;
    const [own, other] = l ? [left, right] : [right, left];
    throw missing(stray.id, own, stray.line, other);
  }
  return { slug, meta: { [a]: left.meta, [b]: right.meta } as Record<Locale, ArticleMeta>, units, warnings: [...left.warnings, ...right.warnings] };
}

function side(file: ArticleFile, unit: { line: number; blocks: RootContent[] }): UnitSide {
  return { file: file.file, line: unit.line, blocks: unit.blocks };
}

function missing(id: string, own: ArticleFile, line: number, other: ArticleFile): ContentError {
  return new ContentError(own.file, line, 1, `unit \`${id}\` has no counterpart in ${other.file} (mark it \`<!-- unit ${id} only -->\` if that is deliberate)`);
}

// Both files describe the same article: the facts they share must agree.
function checkSharedMeta(left: ArticleFile, right: ArticleFile) {
  for (const key of ['source', 'publisher', 'date'] as const) {
    if (left.meta[key] !== right.meta[key]) {
      throw new ContentError(right.file, right.metaLines[key] ?? 1, 1, `frontmatter \`${key}\` is \`${right.meta[key]}\` but \`${left.meta[key]}\` in ${left.file}`);
    }
  }
}
