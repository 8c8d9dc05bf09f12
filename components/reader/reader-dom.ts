// DOM helpers shared by the reader's client leaves. The server renders the same
// state these read and set, so the page is right before any script runs.
import { noteId } from '@/lib/glossary/note-id';
import { quietTag } from '@/lib/markdown/quiet-tag';
import { isMarked } from '@/lib/reader/view';

/** A reader setting as chosen in its radio group (`view`, `annotate`). */
export function setting(reader: HTMLElement, name: string): string | undefined {
  return reader.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value;
}

/**
 * Take unmarked occurrences out of the tab order, and put marked ones back. The page
 * arrives with later occurrences as quiet marks (see lib/markdown/reader-html); when
 * every occurrence is to be marked, they become term buttons, once.
 */
export function applyAnnotate(reader: HTMLElement | null) {
  if (!reader) return;
  const annotate = setting(reader, 'annotate');
  if (annotate === 'every') upgradeQuietMarks(reader);
  for (const term of reader.querySelectorAll<HTMLElement>('button.term')) {
    if (isMarked(annotate, term.hasAttribute('data-first'))) term.removeAttribute('tabindex');
    else term.tabIndex = -1;
  }
}

function upgradeQuietMarks(reader: HTMLElement) {
  for (const mark of reader.querySelectorAll<HTMLElement>(quietTag)) {
    const id = mark.getAttribute('t') ?? '';
    const button = document.createElement('button');
    button.className = 'term';
    button.dataset.term = id;
    button.setAttribute('popovertarget', noteId(id));
    button.setAttribute('aria-controls', noteId(id));
    button.append(...mark.childNodes);
    mark.replaceWith(button);
  }
}

/** The first unit whose bottom is below the top of the viewport: the one being read. */
export function currentUnit(reader: HTMLElement): HTMLElement | undefined {
  for (const unit of reader.querySelectorAll<HTMLElement>('.unit[data-unit]')) {
    if (unit.getBoundingClientRect().bottom > 1) return unit;
  }
  return undefined;
}

/**
 * Note where the unit being read sits on screen, so that after a layout change
 * (another view) the page can scroll it back to the same height.
 */
export function notePlace(reader: HTMLElement): () => void {
  const anchor = currentUnit(reader);
  const before = anchor?.getBoundingClientRect().top;
  return () => {
    if (anchor && before !== undefined) window.scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
  };
}
