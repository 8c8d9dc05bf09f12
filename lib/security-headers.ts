/**
 * Response headers for every page, shared by next.config.ts (next start) and the
 * static export's serve.json (checked equal by a unit test).
 *
 * The pages are prerendered, so their inline scripts (Next's own, and the one that
 * applies the reader's settings before first paint) cannot carry a per-request
 * nonce: script-src needs 'unsafe-inline', as Next documents for static pages.
 * Everything else is locked to this origin: no other host, no plugins, no framing.
 */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};
