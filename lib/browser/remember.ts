/** Remember a reader's choice for a year in a cookie, which the server reads on the next visit. */
export function remember(cookie: string, value: string) {
  document.cookie = `${cookie}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
}
