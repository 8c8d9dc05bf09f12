import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, localeCookie, negotiateLocale } from '@/lib/i18n/locales';
import { contentSecurityPolicy, staticSecurityHeaders } from '@/lib/security-headers';

/**
 * Two jobs before any page renders. `/` has no page of its own under a server: send
 * the reader to the library in their language (the one they last chose, else the
 * browser's). Every other page gets a fresh CSP nonce and the security headers.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') {
    const remembered = request.cookies.get(localeCookie)?.value;
    const locale = isLocale(remembered) ? remembered : negotiateLocale(request.headers.get('accept-language'));
    const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set('Vary', 'Accept-Language, Cookie');
    return withHeaders(response);
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  // Next reads the nonce from the request's CSP header and puts it on its scripts.
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return withHeaders(response);
}

function withHeaders(response: NextResponse): NextResponse {
  for (const [key, value] of Object.entries(staticSecurityHeaders)) response.headers.set(key, value);
  return response;
}

export const config = {
  // Pages only: static assets carry no inline script and need no nonce.
  matcher: [{ source: '/((?!_next/static|_next/image|icon.svg|favicon.ico).*)' }],
};
