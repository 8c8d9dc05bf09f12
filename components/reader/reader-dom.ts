// DOM helpers shared by the reader's client leaves. The server renders the same
// attributes these set, so the page is right before any script runs.
import { isMarked } from '@/lib/reader/view';


/** Take unmarked occurrences out of the tab order, and put marked ones back. */
export function applyAnnotate(reader: HTMLElement) {
  const annotate = reader.dataset.annotate;
  for (const term of reader.querySelectorAll<HTMLElement>('button.term')) {
    if (isMarked(annotate, term.hasAttribute('data-first'))) term.removeAttribute('tabindex');
    else term.tabIndex = -1;
  }
}

/** The first unit whose bottom is below the top of the viewport: the one being read. */
export function currentUnit(reader: HTMLElement): HTMLElement | undefined {
  for (const unit of reader.querySelectorAll<HTMLElement>('.unit[data-unit]')) {
    if (unit.getBoundingClientRect().bottom > 1) return unit;
  }
  return undefined;
}

/** Run a layout change while keeping the unit being read at the same height on screen. */
export function keepPlace(reader: HTMLElement, change: () => void) {
  const anchor = currentUnit(reader);
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (anchor && before !== undefined) window.scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
}
