/**
 * Hands a block of finished HTML from a server component to the server-side render
 * of <StaticHtml>, without passing it as a prop. A prop would be serialised into the
 * page a second time (the RSC payload Next inlines for hydration), which for a long
 * article more than doubled the page. Both renders run in the same Node process, one
 * after the other, so a process-wide map keyed by page is enough.
 */
const slots = globalThis as { [slot: symbol]: Map<string, string> | undefined };
const slot = Symbol.for('duizhao.static-html');
const store = (slots[slot] ??= new Map());

export function putStaticHtml(key: string, html: string): void {
  store.set(key, html);
}

export function takeStaticHtml(key: string): string | undefined {
  return store.get(key);
}
