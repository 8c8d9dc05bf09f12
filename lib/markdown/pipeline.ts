import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Matcher } from '@/lib/glossary/matcher';
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
export function createPipeline(matcher: Matcher): Pipeline {
  return {
    render(blocks, onOccurrence) {
      const processor = unified()
        .use(remarkRehype)
        .use(rehypeSanitize, defaultSchema)
        .use(rehypeGlossary, { matcher, onOccurrence });
      const mdast: MdastRoot = { type: 'root', children: structuredClone(blocks) };
      return processor.runSync(mdast) as HastRoot;
    },
  };
}
