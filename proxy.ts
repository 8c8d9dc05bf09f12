import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, localeCookie, negotiateLocale } from '@/lib/i18n/locales';

/**
 * `/` has no page of its own under a server: send the reader to the library in
 * their language, the one they last chose if they did, else the browser's.
 */
export function proxy(request: NextRequest) {
  const remembered = request.cookies.get(localeCookie)?.value;
  const locale = isLocale(remembered) ? remembered : negotiateLocale(request.headers.get('accept-language'));
  const response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
  response.headers.set('Vary', 'Accept-Language, Cookie');
  return response;
}

export const config = { matcher: '/' };
