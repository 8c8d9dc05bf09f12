'use client';

import { useEffect, useRef, type ChangeEvent } from 'react';
import { remember } from '@/lib/browser/remember';
import { applySettings } from '@/lib/reader/apply-settings';
import { applyAnnotate, notePlace } from './reader-dom';

interface Option {
  value: string;
  label: string;
}

interface Props {
  /** Query parameter and radio group name of this setting, e.g. `view`. */
  param: string;
  /** Cookie that remembers the choice. */
  cookie: string;
  /** The value the page was prerendered with (the default). */
  value: string;
  label: string;
  options: Option[];
}

/**
 * A reader setting as a group of radio buttons. Without JavaScript the reader's CSS
 * reads the checked radio (`:has(…:checked)`), so switching works on a static host too;
 * with it, the choice is mirrored onto the reader (`data-view`, `data-annotate`), the
 * URL follows along, the choice is remembered, and the passage being read stays where
 * it was on screen.
 */
export function SettingToggle({ param, cookie, value, label, options }: Props) {
  // After a client-side navigation the inline script in the page did not run.
  // (ReaderBehavior, mounted after the settings, then applies the marking.)
  useEffect(() => {
    applySettings([{ param, cookie, values: options.map((o) => o.value) }]);
  }, [param, cookie, options]);

  // CSS applies a choice the moment the radio is checked, so the reading position is
  // noted just before: on the pointer or key press that will check it.
  const restore = useRef<() => void>(undefined);
  const snapshot = (event: { currentTarget: HTMLElement }) => {
    const reader = event.currentTarget.closest<HTMLElement>('.reader');
    restore.current = reader ? notePlace(reader) : undefined;
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const reader = input.closest<HTMLElement>('.reader');
    reader?.setAttribute(`data-${param}`, input.value);
    applyAnnotate(reader);
    restore.current?.();
    restore.current = undefined;
    const url = new URL(window.location.href);
    url.searchParams.set(param, input.value);
    window.history.replaceState(window.history.state, '', url);
    remember(cookie, input.value);
  };

  return (
    <fieldset className="setting-toggle" onPointerDownCapture={snapshot} onKeyDownCapture={snapshot}>
      <legend className="setting-toggle-label">{label}</legend>
      <div className="setting-options">
        {options.map((option) => (
          <label key={option.value}>
            <input type="radio" name={param} value={option.value} defaultChecked={option.value === value} onChange={choose} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
