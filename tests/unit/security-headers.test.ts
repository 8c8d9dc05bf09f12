import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/security-headers';

describe('security headers', () => {
  it('are the same for the static export (serve.json) as for next start', () => {
    const serve = JSON.parse(readFileSync('serve.json', 'utf8')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    const all = serve.headers.find((rule) => rule.source === '**');
    expect(Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))).toEqual(securityHeaders);
  });

  it('allow no other host and no framing', () => {
    const csp = securityHeaders['Content-Security-Policy']!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(securityHeaders['X-Content-Type-Options']).toBe('nosniff');
  });
});
