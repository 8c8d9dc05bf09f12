import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { isMarked, type Annotate } from '@/lib/reader/view';

function ContentLink(props: ComponentProps<'a'>) {
  // Links in an article lead to other sites: do not hand them our URL or window.
  const external = typeof props.href === 'string' && /^https?:/.test(props.href);
  return <a {...props} rel={external ? 'noopener noreferrer' : undefined} />;
}

function buttonFor(annotate: Annotate) {
  // Occurrences the setting leaves unmarked stay in the DOM (for counterpart highlighting)
  // but leave the tab order; CSS makes them plain text.
  return function TermButton(props: ComponentProps<'button'> & { 'data-first'?: unknown }) {
    return <button {...props} tabIndex={isMarked(annotate, props['data-first'] !== undefined) ? undefined : -1} />;
  };
}

/** A sanitized, annotated tree (from lib/markdown) as React elements. */
export function Markdown({ tree, annotate = 'every' }: { tree: Root; annotate?: Annotate }) {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components: { a: ContentLink, button: buttonFor(annotate) } });
}
