/**
 * `npm run export` builds a static site (DUIZHAO_EXPORT=1): no server at request
 * time, so nothing may read cookies, headers or the query string while rendering.
 * Those pages then apply the reader's settings in the browser instead.
 */
export const isStaticExport = process.env.DUIZHAO_EXPORT === '1';
