'use client';

import { useState, type MouseEvent } from 'react';
import { remember } from '@/lib/browser/remember';
import { applyAnnotate, keepPlace } from './reader-dom';

interface Option {
  value: string;
  label: string;
  /** Link for readers without JavaScript; keeps the other settings. */
  href: string;
}

interface Props {
  /** Query parameter, cookie and `data-*` attribute of the reader that this setting drives. */
  param: string;
  cookie: string;
  value: string;
  label: string;
  options: Option[];
}

/**
 * A reader setting as a row of links to `?param=value`: without JavaScript the server
 * renders the chosen setting. With it the switch is instant, the URL follows along,
 * the choice is remembered, and the passage being read stays where it was on screen.
 */
export function SettingToggle({ param, cookie, value, label, options }: Props) {
  const [current, setCurrent] = useState(value);

  const choose = (event: MouseEvent<HTMLAnchorElement>, next: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    const reader = event.currentTarget.closest<HTMLElement>('.reader');
    if (!reader) return;
    event.preventDefault();
    keepPlace(reader, () => {
      reader.dataset[param] = next;
      applyAnnotate(reader);
    });
    const url = new URL(window.location.href);
    url.searchParams.set(param, next);
    window.history.replaceState(window.history.state, '', url);
    remember(cookie, next);
    setCurrent(next);
  };

  return (
    <nav className="setting-toggle" aria-label={label}>
      <span className="setting-toggle-label" aria-hidden="true">{label}</span>
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <a
              href={option.href}
              aria-current={option.value === current ? 'true' : undefined}
              onClick={(event) => choose(event, option.value)}
            >
              {option.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
