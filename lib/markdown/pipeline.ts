import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Matcher } from '@/lib/glossary/matcher';
import rehypeAssetUrls from './rehype-asset-urls';
import rehypeGlossary from './rehype-glossary';

export interface Pipeline {
  /** Markdown blocks in, a sanitized and annotated HTML tree out. */
  render(blocks: RootContent[], onOccurrence?: (termId: string) => void): HastRoot;
}

/**
 * remark-rehype drops raw HTML (the loader warns about it), rehype-sanitize then
 * removes anything unsafe that Markdown itself can express (`javascript:` links, say),
 * and only after that do we add our own elements.
 */
export function createPipeline(matcher: Matcher, options: { assetBase?: string } = {}): Pipeline {
  // One processor for every call; the occurrence callback of the call in progress.
  let report: ((termId: string) => void) | undefined;
  const processor = unified().use(remarkRehype).use(rehypeSanitize, defaultSchema);
  if (options.assetBase) processor.use(rehypeAssetUrls, { base: options.assetBase });
  processor.use(rehypeGlossary, { matcher, onOccurrence: (termId) => report?.(termId) });
  return {
    render(blocks, onOccurrence) {
      report = onOccurrence;
      const mdast: MdastRoot = { type: 'root', children: structuredClone(blocks) };
      try {
        return processor.runSync(mdast) as HastRoot;
      } finally {
        report = undefined;
      }
    },
  };
}
