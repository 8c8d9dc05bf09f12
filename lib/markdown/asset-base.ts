/** Where the site serves the files that sit beside an article's Markdown. */
export function assetBase(slug: string): string {
  return `/assets/${slug}`;
}
