import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // The root layout lives under [locale], so an unknown locale needs a 404 page of its own.
    globalNotFound: true,
  },
};

export default config;
