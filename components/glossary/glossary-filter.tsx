'use client';

import { useId, useState, useSyncExternalStore, type ChangeEvent } from 'react';

const noop = () => () => {};

/**
 * Narrows the glossary list as the reader types, matching any form or alias in
 * either language. Rendered only once JavaScript runs; without it the full list shows.
 */
export function GlossaryFilter({ label, hint, noMatch }: { label: string; hint: string; noMatch: string }) {
  const id = useId();
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const [empty, setEmpty] = useState(false);

  const filter = (event: ChangeEvent<HTMLInputElement>) => {
    const needle = event.target.value.trim().toLowerCase();
    let shown = 0;
    for (const group of document.querySelectorAll<HTMLElement>('[data-group]')) {
      let inGroup = 0;
      for (const item of group.querySelectorAll<HTMLElement>('li[data-forms]')) {
        const match = needle === '' || (item.dataset.forms ?? '').includes(needle);
        item.hidden = !match;
        if (match) inGroup++;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    setEmpty(shown === 0);
  };

  if (!hydrated) return null;
  return (
    <div className="glossary-filter" role="search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" placeholder={hint} autoComplete="off" onChange={filter} />
      <p role="status" className="glossary-empty">{empty ? noMatch : ''}</p>
    </div>
  );
}
