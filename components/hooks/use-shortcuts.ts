import { useEffect } from 'preact/hooks';

export type ShortcutHandlers = Readonly<Record<string, () => void>>;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && target.type !== 'checkbox' && target.type !== 'radio'
  );
}

/** Single-key shortcuts for the page; ignored while typing or with a modifier held. */
export function useShortcuts(handlers: ShortcutHandlers): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target) || (document.querySelector('dialog[open]') && event.key !== '?'))
        return;
      const handler = handlers[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [handlers]);
}

function checklistBoxes(): HTMLInputElement[] {
  return [
    ...document.querySelectorAll<HTMLInputElement>('.day-card .checklist input[type="checkbox"]'),
  ];
}

/** Moves focus along today's checklist (j/k), starting from the first item. */
export function moveChecklistFocus(step: 1 | -1): void {
  const boxes = checklistBoxes();
  if (boxes.length === 0) return;
  const current = boxes.findIndex((box) => box.isSameNode(document.activeElement));
  const next =
    current === -1
      ? step === 1
        ? 0
        : boxes.length - 1
      : (current + step + boxes.length) % boxes.length;
  boxes[next]?.focus();
}

function focusedRow(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement
    ? active.closest<HTMLElement>('.day-card .checklist li')
    : null;
}

export function toggleFocusedItem(): void {
  focusedRow()?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
}

export function skipFocusedItem(): void {
  const row = focusedRow();
  row?.querySelector<HTMLButtonElement>('button')?.click();
  row?.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
}
