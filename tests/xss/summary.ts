/**
 * Global teardown of the XSS suite: how many payloads of each source were checked in
 * each placement, counted from what the passing tests recorded, and how many had to be
 * written in a tamer form than intended (see content.ts).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from './content';
import { bodyPlacements, loadPayloads, metaPlacements, planArticles, repoRoot, resultsDir, sources, workDir, type Placement } from './plan';

const placements: Placement[] = [...bodyPlacements, ...metaPlacements.map((m) => `frontmatter-${m}` as const), 'glossary-note'];

export default function summary() {
  removeAssets();
  const manifestFile = path.join(workDir, 'manifest.json');
  if (!existsSync(manifestFile) || !existsSync(resultsDir)) return;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const sourceOf = new Map(manifest.payloads.map((p) => [p.id, p.source]));
  const checked = Object.fromEntries(placements.map((p) => [p, new Set<number>()])) as Record<Placement, Set<number>>;
  const consoleErrors = new Set<string>();
  for (const file of readdirSync(resultsDir)) {
    const record = JSON.parse(readFileSync(path.join(resultsDir, file), 'utf8')) as { checked: Partial<Record<Placement, number[]>>; consoleErrors: string[] };
    for (const [placement, ids] of Object.entries(record.checked)) ids?.forEach((id) => checked[placement as Placement].add(id));
    record.consoleErrors.forEach((e) => consoleErrors.add(e));
  }
  const frontmatter = new Set(metaPlacements.flatMap((m) => [...checked[`frontmatter-${m}`]]));
  const totals = Object.fromEntries(sources.map((s) => [s, manifest.payloads.filter((p) => p.source === s).length]));
  const width = Math.max(...placements.map((p) => p.length)) + 2;
  const cell = (text: string) => text.padStart(13);
  const rows = [
    `${'placement'.padEnd(width)}${sources.map(cell).join('')}${cell('all')}   not exact (how)`,
    ...placements.map((placement) => {
      const ids = checked[placement];
      const counts = sources.map((s) => [...ids].filter((id) => sourceOf.get(id) === s).length);
      const adapted = (bodyPlacements as readonly string[]).includes(placement) ? Object.values(manifest.adapted[placement as keyof Manifest['adapted']]) : [];
      const how = Object.entries(adapted.reduce<Record<string, number>>((acc, f) => ({ ...acc, [f]: (acc[f] ?? 0) + 1 }), {}))
        .map(([f, n]) => `${n} ${f}`)
        .join(', ');
      return `${placement.padEnd(width)}${counts.map((n, i) => cell(`${n}/${totals[sources[i]!]}`)).join('')}${cell(`${ids.size}/${manifest.payloads.length}`)}   ${how}`;
    }),
  ];
  const anyField = sources.map((s) => cell(`${[...frontmatter].filter((id) => sourceOf.get(id) === s).length}/${totals[s]}`)).join('');
  rows.push(`${'frontmatter (any field)'.padEnd(width)}${anyField}${cell(`${frontmatter.size}/${manifest.payloads.length}`)}`);
  const skipped = sources.map((s) => `${s}: ${manifest.skipped[s]?.blank ?? 0} blank, ${manifest.skipped[s]?.duplicate ?? 0} duplicate`).join('; ');
  console.log(`\nXSS payloads checked (distinct payloads per source and placement, from passing tests)\n${rows.join('\n')}\nskipped lines: ${skipped}`);
  if (consoleErrors.size > 0) console.log(`console errors on the pages (not failures):\n${[...consoleErrors].slice(0, 20).join('\n')}`);
  console.log('');
}

/**
 * next.config copies the files beside each article into public/assets/{slug}/ of the
 * working tree, at build and at start: take ours (x.png) back out of the shared tree.
 */
function removeAssets() {
  for (const article of planArticles(loadPayloads().payloads)) rmSync(path.join(repoRoot, 'public', 'assets', article.slug), { recursive: true, force: true });
}
