import { notFound } from 'next/navigation';

/** Any other path under a locale: the localised 404 of `not-found.tsx`. */
export default function Missing() {
  notFound();
}
