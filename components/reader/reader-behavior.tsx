'use client';

import { useEffect } from 'react';
import { isLocale, otherLocale } from '@/lib/i18n/locales';
import { applyAnnotate, currentUnit, setting } from './reader-dom';

/**
 * The reader's page-wide keyboard and unit controls, as delegated listeners:
 * j/k (or arrows) move between units, c reveals the other side of the current unit,
 * ? opens the help; none fire while typing. Also copy-link and peek buttons.
 */
export function ReaderBehavior() {
  useEffect(() => {
    const reader = document.querySelector<HTMLElement>('.reader');
    if (!reader) return;
    const status = document.getElementById('reader-status');
    const help = document.getElementById('reader-help') as HTMLDialogElement | null;
    // Controls that only work with JavaScript are invisible (but hold their place) until now.
    reader.classList.add('has-js');
    applyAnnotate(reader);

    const units = () => [...reader.querySelectorAll<HTMLElement>('.unit[data-unit]')];
    const focusedUnit = () => (document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('.unit[data-unit]') : null);

    let clearStatus: number | undefined;
    const announce = (key: 'copied' | 'copyFailed') => {
      if (!status) return;
      status.textContent = key === 'copied' ? (status.dataset.copied ?? '') : (status.dataset.copyFailed ?? '');
      window.clearTimeout(clearStatus);
      clearStatus = window.setTimeout(() => (status.textContent = ''), 2500);
    };

    const togglePeek = (unit: HTMLElement, side?: string) => {
      const view = setting(reader, 'view');
      if (!isLocale(view)) return; // both columns are showing already
      const shown = side ?? otherLocale(view);
      const button = unit.querySelector<HTMLElement>(`[data-peek="${shown}"]`);
      if (!button) return;
      const open = !unit.hasAttribute('data-peeked');
      unit.toggleAttribute('data-peeked', open);
      button.setAttribute('aria-expanded', String(open));
    };

    const move = (step: 1 | -1) => {
      const all = units().filter((u) => u.offsetParent !== null);
      const focused = focusedUnit();
      let target: HTMLElement | undefined;
      if (focused) {
        target = all[Math.min(all.length - 1, Math.max(0, all.indexOf(focused) + step))];
      } else {
        // Nothing focused yet: j takes the first passage that starts on screen, k the one above it.
        const first = all.findIndex((u) => u.getBoundingClientRect().top >= -1);
        target = step === 1 ? all[first === -1 ? all.length - 1 : first] : all[Math.max(0, (first === -1 ? all.length : first) - 1)];
      }
      if (!target) return;
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: 'start', behavior: 'smooth' });
    };

    const onClick = async (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const copy = target?.closest<HTMLElement>('[data-copy]');
      if (copy) {
        const url = new URL(window.location.href);
        url.hash = copy.dataset.copy ?? '';
        try {
          await navigator.clipboard.writeText(url.href);
          announce('copied');
        } catch {
          announce('copyFailed');
        }
        return;
      }
      const peek = target?.closest<HTMLElement>('[data-peek]');
      const unit = peek?.closest<HTMLElement>('.unit[data-unit]');
      if (peek && unit) {
        togglePeek(unit, peek.dataset.peek);
        return;
      }
      if (target?.closest('[data-help-open]')) help?.showModal();
    };

    const typing = (el: Element | null) =>
      el instanceof HTMLElement && (el.isContentEditable || el.matches('input, textarea, select, [role="textbox"]'));

    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (typing(document.activeElement) || help?.open) return;
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          if (event.key === 'ArrowDown' && !focusedUnit()) return; // plain scrolling stays plain
          event.preventDefault();
          move(1);
          break;
        case 'k':
        case 'ArrowUp':
          if (event.key === 'ArrowUp' && !focusedUnit()) return;
          event.preventDefault();
          move(-1);
          break;
        case 'c': {
          const unit = focusedUnit() ?? currentUnit(reader);
          if (unit) togglePeek(unit);
          break;
        }
        case '?':
          event.preventDefault();
          help?.showModal();
          break;
      }
    };

    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  return null;
}
