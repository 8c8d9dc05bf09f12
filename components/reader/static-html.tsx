'use client';

import { useEffect } from 'react';
import { takeStaticHtml } from '@/lib/react/static-html-store';

// What each block held when this document first showed it, for re-renders after a
// client-side navigation away and back.
const seen = new Map<string, string>();

function htmlOf(id: string): string | undefined {
  if (typeof document === 'undefined') return takeStaticHtml(id);
  let html = seen.get(id);
  if (html === undefined) {
    // Hydration: the server's HTML is already in the document.
    html = document.getElementById(id)?.innerHTML;
    if (html !== undefined) seen.set(id, html);
  }
  return html;
}

/**
 * A block of server-made HTML (sanitized upstream) that the page's RSC payload does
 * not repeat: the server render takes it from the store, hydration reads it back from
 * the document. Links into a page that has one are plain links, so the block always
 * arrives with the page's HTML; if a client-side navigation brings the page anyway,
 * it is loaded in full.
 */
export function StaticHtml({ id, className }: { id: string; className?: string }) {
  const html = htmlOf(id);
  useEffect(() => {
    if (html === undefined) window.location.reload();
  }, [html]);
  return <div id={id} className={className} dangerouslySetInnerHTML={{ __html: html ?? '' }} suppressHydrationWarning />;
}
