import path from 'node:path';
import type { NextConfig } from 'next';
import { syncArticleAssets } from './lib/content/assets';
import { contentDir } from './lib/content/files';
import { isStaticExport } from './lib/build-mode';
import { securityHeaders } from './lib/security-headers';

// Images beside the articles' Markdown become public/assets/{slug}/… (see lib/content/assets.ts).
syncArticleAssets(contentDir(), path.join(process.cwd(), 'public'));

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two builds (a test run and a benchmark, say) live side by side.
  distDir: process.env.NEXT_DIST_DIR || (isStaticExport ? 'out' : '.next'),
  // `npm test` type-checks the whole project (tests and scripts too) before anything builds.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // The root layout lives under [locale], so an unknown locale needs a 404 page of its own.
    globalNotFound: true,
  },
  // A static site for any file host: every page a folder with index.html (serve.json
  // carries the headers there); under `next start` Next sends them itself.
  ...(isStaticExport
    ? { output: 'export', trailingSlash: true, images: { unoptimized: true } }
    : {
        async headers() {
          return [{ source: '/:path*', headers: Object.entries(securityHeaders).map(([key, value]) => ({ key, value })) }];
        },
      }),
};

export default config;
