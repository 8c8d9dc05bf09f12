'use client';

import { useEffect } from 'react';
import { isLocale } from '@/lib/i18n/locales';
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

    // One set of unit tools, moved into the unit being read (see UnitTools).
    const pattern = document.getElementById('reader-unit-tools');
    const tools = pattern?.cloneNode(true) as HTMLElement | undefined;
    tools?.removeAttribute('id');
    tools?.removeAttribute('hidden');
    const numbers = new Map(units().map((unit, index) => [unit, index + 1]));
    const placeTools = (unit: HTMLElement) => {
      const slot = unit.querySelector(':scope > .unit-tools');
      if (!tools || !slot || tools.parentElement === slot) return;
      const n = String(numbers.get(unit) ?? '');
      for (const el of tools.querySelectorAll<HTMLElement>('[data-label]')) {
        const label = (el.dataset.label ?? '').replace('{n}', n);
        el.setAttribute('aria-label', label);
        el.title = label;
      }
      tools.querySelector<HTMLElement>('[data-copy]')?.setAttribute('data-copy', unit.id);
      for (const button of tools.querySelectorAll<HTMLElement>('[data-peek]')) {
        const side = unit.querySelector<HTMLElement>(`:scope > .side-${button.dataset.peek}`);
        button.hidden = !side || unit.querySelector(':scope > .side-empty') !== null;
        if (side) {
          side.id ||= `${unit.id}-${button.dataset.peek}`;
          button.setAttribute('aria-controls', side.id);
        }
        button.setAttribute('aria-expanded', String(unit.hasAttribute('data-peeked')));
      }
      slot.append(tools);
    };

    const togglePeek = (unit: HTMLElement) => {
      const view = setting(reader, 'view');
      if (!isLocale(view)) return; // both columns are showing already
      if (unit.querySelector(':scope > .side-empty')) return; // nothing on the other side
      placeTools(unit);
      const open = !unit.hasAttribute('data-peeked');
      unit.toggleAttribute('data-peeked', open);
      tools?.querySelectorAll('[data-peek]').forEach((button) => button.setAttribute('aria-expanded', String(open)));
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
        togglePeek(unit);
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

    // The other side of the unit under the pointer or focus is lit by a class. The CSS
    // equivalent, `.unit:has(> .side:hover)`, made Chromium restyle the whole page on
    // every pointer or focus move, which on a long article cost hundreds of milliseconds.
    let pointed: Element | null = null;
    let focused: Element | null = null;
    const lit = new Set<Element>();
    const sideAt = (node: EventTarget | null) => (node instanceof Element ? node.closest('.unit[data-unit] > .side') : null);
    const relight = () => {
      const want = new Set<Element>();
      for (const side of [pointed, focused]) {
        for (const other of side?.parentElement?.children ?? []) {
          if (other !== side && other.matches('.side:not(.side-empty)')) want.add(other);
        }
      }
      for (const el of lit) {
        if (want.has(el)) continue;
        el.classList.remove('side-lit');
        lit.delete(el);
      }
      for (const el of want) {
        el.classList.add('side-lit');
        lit.add(el);
      }
    };
    const unitAt = (node: EventTarget | null) => (node instanceof Element ? node.closest<HTMLElement>('.unit[data-unit]') : null);
    // The tools follow a pointer that moves or presses, never a page that moves under a
    // still pointer (as it does when the tools leave for the unit with focus), and never
    // out from under a keyboard that is using them.
    const onPointerMove = (event: PointerEvent) => {
      const unit = unitAt(event.target);
      if (unit && tools?.parentElement?.parentElement !== unit && !tools?.querySelector(':focus-visible')) placeTools(unit);
    };
    const onPointerOver = (event: PointerEvent) => {
      const side = sideAt(event.target);
      if (side === pointed) return;
      pointed = side;
      relight();
    };
    const onPointerOut = (event: PointerEvent) => {
      if (event.relatedTarget !== null || !pointed) return;
      pointed = null; // left the window
      relight();
    };
    const onFocus = (event: FocusEvent) => {
      const unit = event.type === 'focusin' ? unitAt(event.target) : null;
      if (unit) placeTools(unit);
      const side = sideAt(event.type === 'focusin' ? event.target : event.relatedTarget);
      if (side === focused) return;
      focused = side;
      relight();
    };

    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointermove', onPointerMove, { passive: true });
    document.addEventListener('pointerdown', onPointerMove, { passive: true });
    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('pointerout', onPointerOut);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('focusout', onFocus);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointermove', onPointerMove);
      document.removeEventListener('pointerdown', onPointerMove);
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onPointerOut);
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('focusout', onFocus);
    };
  }, []);
  return null;
}
