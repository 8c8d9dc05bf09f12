'use client';

import { useEffect } from 'react';
import { locales } from '@/lib/i18n/locales';
import { quietTag } from '@/lib/markdown/quiet-tag';

const HOVER_OPEN_MS = 300;
const HOVER_CLOSE_MS = 250;

/**
 * Light up the same term (by glossary id) in the other side of the unit the note was
 * opened from, or say in the note that the other side does not have it.
 */
function showCounterparts(note: HTMLElement, term: HTMLElement | undefined) {
  document.querySelectorAll('.term-counterpart').forEach((el) => el.classList.remove('term-counterpart'));
  note.querySelector('.note-absent')?.remove();
  const side = term?.closest<HTMLElement>('.side');
  const unit = side?.closest<HTMLElement>('.unit[data-unit]');
  if (!term || !side || !unit) return;
  const id = CSS.escape(term.dataset.term ?? '');
  for (const other of unit.querySelectorAll<HTMLElement>(':scope > .side:not(.side-empty)')) {
    if (other === side) continue;
    const hits = other.querySelectorAll<HTMLElement>(`[data-term="${id}"], ${quietTag}[t="${id}"]`);
    hits.forEach((hit) => hit.classList.add('term-counterpart'));
    if (hits.length > 0) continue;
    // Say so in the note; the sentence, in the UI language, waits on the status element.
    const language = locales.find((l) => other.classList.contains(`side-${l}`));
    const absent = document.createElement('p');
    absent.className = 'note-absent';
    absent.textContent = document.getElementById('reader-status')?.getAttribute(`data-absent-${language}`) ?? '';
    note.querySelector('.note-more')?.before(absent);
  }
}

/**
 * Adds to the native popovers what the platform lacks: opening on mouse hover
 * (after a delay, mouse only, closing again when the pointer leaves the term and
 * the note), and handing focus back to the term when a click outside closes a
 * note the reader had opened on purpose. One set of listeners for the whole page.
 */
export function TermPopovers() {
  useEffect(() => {
    let openTimer: number | undefined;
    let closeTimer: number | undefined;
    let hovered: { note: HTMLElement; term: HTMLElement } | undefined;
    // The term that last opened each note, to give focus back to it.
    const opener = new WeakMap<HTMLElement, HTMLElement>();

    const noteOf = (term: HTMLElement) => {
      const id = term.getAttribute('popovertarget');
      return id ? document.getElementById(id) : null;
    };
    const termAt = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('button.term[popovertarget]') : null;
    const noteAt = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLElement>('.note[popover]') : null;

    const show = (note: HTMLElement, term: HTMLElement) => {
      const previous = opener.get(note);
      if (previous && previous !== term) previous.setAttribute('aria-expanded', 'false');
      opener.set(note, term);
      if (note.matches(':popover-open')) note.hidePopover();
      note.showPopover({ source: term } as ShowPopoverOptions);
    };

    const onPointerOver = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
      const term = termAt(event.target);
      const inNote = noteAt(event.target);
      if (hovered && (term === hovered.term || inNote === hovered.note)) {
        window.clearTimeout(closeTimer);
        return;
      }
      if (!term) return;
      window.clearTimeout(openTimer);
      openTimer = window.setTimeout(() => {
        const note = noteOf(term);
        if (!note || (note.matches(':popover-open') && opener.get(note) === term)) return;
        show(note, term);
        hovered = { note, term };
      }, HOVER_OPEN_MS);
    };

    const onPointerOut = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse') return;
      const term = termAt(event.target);
      if (term) window.clearTimeout(openTimer);
      if (!hovered) return;
      const { note, term: hoveredTerm } = hovered;
      const leaving = term === hoveredTerm || noteAt(event.target) === note;
      const into = event.relatedTarget;
      if (!leaving || (into instanceof Node && (hoveredTerm.contains(into) || note.contains(into)))) return;
      window.clearTimeout(closeTimer);
      closeTimer = window.setTimeout(() => {
        if (hovered?.note === note && note.matches(':popover-open')) note.hidePopover();
      }, HOVER_CLOSE_MS);
    };

    const onClick = (event: MouseEvent) => {
      const term = termAt(event.target);
      if (!term) return;
      const note = noteOf(term);
      if (!note) return;
      window.clearTimeout(openTimer);
      if (hovered?.term === term && note.matches(':popover-open')) {
        // A click on a note that hover already opened keeps it open instead of toggling it shut.
        event.preventDefault();
        hovered = undefined;
        window.clearTimeout(closeTimer);
        return;
      }
      hovered = undefined;
      if (note.matches(':popover-open') && opener.get(note) !== term) {
        // Another occurrence of the same term: move the note there rather than closing it.
        event.preventDefault();
        show(note, term);
        return;
      }
      opener.set(note, term);
    };

    const onToggle = (event: Event) => {
      const note = event.target;
      if (!(note instanceof HTMLElement) || !note.matches('.note[popover]')) return;
      const open = (event as ToggleEvent).newState === 'open';
      const term = opener.get(note);
      if (term) term.setAttribute('aria-expanded', String(open));
      showCounterparts(note, open ? term : undefined);
      if (open) return;
      if (hovered?.note === note) {
        hovered = undefined;
        return;
      }
      // Escape keeps focus on the term. A click on plain text drops focus to <body>, or to
      // a container that is focusable only by script (<main>, a unit): hand it back.
      queueMicrotask(() => {
        const active = document.activeElement;
        const lost = active === null || active === document.body || (active instanceof HTMLElement && active.tabIndex < 0);
        if (term && term.isConnected && lost) term.focus({ preventScroll: true });
      });
    };

    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('pointerout', onPointerOut);
    document.addEventListener('click', onClick);
    document.addEventListener('toggle', onToggle, true);
    return () => {
      window.clearTimeout(openTimer);
      window.clearTimeout(closeTimer);
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('click', onClick);
      document.removeEventListener('toggle', onToggle, true);
    };
  }, []);
  return null;
}
