import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

function ContentLink(props: ComponentProps<'a'>) {
  // Links in an article lead to other sites: do not hand them our URL or window.
  const external = typeof props.href === 'string' && /^https?:/.test(props.href);
  return <a {...props} rel={external ? 'noopener noreferrer' : undefined} />;
}

/**
 * A sanitized tree (from lib/markdown) as React elements: the concordance rows of the
 * term pages. The reader writes its body as HTML instead (lib/markdown/reader-html).
 */
export function Markdown({ tree }: { tree: Root }) {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { a: ContentLink } });
}
