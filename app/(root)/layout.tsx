import type { ReactNode } from 'react';
import '../globals.css';

/** `/` has a page only for static hosts; under `next start` the proxy redirects first. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
