/**
 * `npm run export` builds a static site (DUIZHAO_EXPORT=1) instead of one for
 * `next start`: different output, trailing slashes, headers sent by the host.
 */
export const isStaticExport = process.env.DUIZHAO_EXPORT === '1';

/**
 * A site path as a plain <a> should write it. The export uses trailing slashes (one
 * folder per page), which next/link adds by itself; plain anchors need this.
 */
export function pagePath(path: string): string {
  if (!isStaticExport) return path;
  return path.replace(/^([^?#]*?)\/?(?=[?#]|$)/, '$1/');
}
