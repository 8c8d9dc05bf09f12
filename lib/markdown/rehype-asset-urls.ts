import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** URL prefix under which the article's own files are served, e.g. `/assets/my-slug`. Required. */
  base: string;
}

/**
 * An article's images and files sit beside its Markdown (`![](photo.jpg)`), but the
 * page lives at another URL: point relative `src`/`href` at where the site serves them.
 * Runs after rehype-sanitize, so only URLs the sanitizer kept are touched.
 */
export default function rehypeAssetUrls(options: Options) {
  if (!options || typeof options.base !== 'string') throw new TypeError('Expected `options.base`');
  const base = options.base.replace(/\/+$/, '');
  const rewrite = (url: unknown) =>
    typeof url === 'string' && url !== '' && !/^[a-z][a-z0-9+.-]*:|^[/#?]/i.test(url) ? `${base}/${url.replace(/^\.\//, '')}` : url;
  return function (tree: Root) {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'img') node.properties.src = rewrite(node.properties.src) as string;
      if (node.tagName === 'a') node.properties.href = rewrite(node.properties.href) as string;
    });
  };
}
