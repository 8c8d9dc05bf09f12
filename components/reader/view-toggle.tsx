'use client';

import { useState, type MouseEvent } from 'react';
import type { View } from '@/lib/reader/view';

interface Option {
  view: View;
  label: string;
}

/**
 * Links to `?view=…`, so the toggle works without JavaScript (the server renders
 * the chosen view). With JavaScript the switch is instant, the URL follows along,
 * and the paragraph being read stays where it was on screen.
 */
export function ViewToggle({ view, label, options }: { view: View; label: string; options: Option[] }) {
  const [current, setCurrent] = useState(view);

  const choose = (event: MouseEvent<HTMLAnchorElement>, next: View) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    const reader = event.currentTarget.closest<HTMLElement>('.reader');
    if (!reader) return;
    const anchor = firstVisibleUnit(reader);
    const before = anchor?.getBoundingClientRect().top;
    reader.dataset.view = next;
    if (anchor && before !== undefined) window.scrollBy(0, anchor.getBoundingClientRect().top - before);
    const url = new URL(window.location.href);
    url.searchParams.set('view', next);
    window.history.replaceState(window.history.state, '', url);
    setCurrent(next);
  };

  return (
    <nav className="view-toggle" aria-label={label}>
      <span className="view-toggle-label" aria-hidden="true">{label}</span>
      <ul>
        {options.map((option) => (
          <li key={option.view}>
            <a
              href={`?view=${option.view}`}
              aria-current={option.view === current ? 'true' : undefined}
              onClick={(event) => choose(event, option.view)}
            >
              {option.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function firstVisibleUnit(reader: HTMLElement): HTMLElement | undefined {
  for (const unit of reader.querySelectorAll<HTMLElement>('.unit[data-unit]')) {
    if (unit.getBoundingClientRect().bottom > 0) return unit;
  }
  return undefined;
}
