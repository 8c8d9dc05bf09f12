import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets two builds (a test run and a benchmark, say) live side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    // The root layout lives under [locale], so an unknown locale needs a 404 page of its own.
    globalNotFound: true,
  },
};

export default config;
