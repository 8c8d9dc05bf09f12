'use client';

import { useEffect } from 'react';
import { isLocale } from '@/lib/i18n/locales';

/**
 * The 404 page is one static file for every unknown URL, so the server cannot know
 * its language. When the URL starts with a locale, keep only that language.
 */
export function LocalizeNotFound() {
  useEffect(() => {
    const locale = window.location.pathname.split('/')[1];
    if (!isLocale(locale)) return;
    for (const section of document.querySelectorAll<HTMLElement>('section[data-locale]')) {
      const own = section.dataset.locale === locale;
      section.hidden = !own;
      if (own) {
        document.documentElement.lang = section.lang;
        const title = section.dataset.title;
        if (title) keepTitle(title);
      }
    }
  }, []);
  return null;
}

// Next's metadata writes the page title again after hydration: hold ours for a moment.
function keepTitle(title: string) {
  document.title = title;
  const observer = new MutationObserver(() => {
    if (document.title !== title) document.title = title;
  });
  observer.observe(document.head, { subtree: true, childList: true, characterData: true });
  window.setTimeout(() => observer.disconnect(), 3000);
}
