'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { localeCookie, type Locale } from '@/lib/i18n/locales';
import { remember } from '@/lib/browser/remember';

interface Choice {
  locale: Locale;
  label: string;
  lang: string;
}

/** Same page, other UI language. Plain links, so it works before (and without) hydration. */
export function LocaleSwitcher({ current, label, choices }: { current: Locale; label: string; choices: Choice[] }) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[^/]+/, '');
  // The view and the anchor live in the URL's query and hash: carry them over too.
  const keepState = (event: MouseEvent<HTMLAnchorElement>, locale: Locale) => {
    remember(localeCookie, locale);
    // A new tab or window keeps the browser's own handling.
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    const { search, hash } = window.location;
    if (!search && !hash) return;
    event.preventDefault();
    window.location.assign(event.currentTarget.pathname + search + hash);
  };
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {choices.map((choice) => (
          <li key={choice.locale}>
            <a
              href={`/${choice.locale}${rest}`}
              lang={choice.lang}
              hrefLang={choice.lang}
              aria-current={choice.locale === current ? 'true' : undefined}
              onClick={choice.locale === current ? undefined : (event) => keepState(event, choice.locale)}
            >
              {choice.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
