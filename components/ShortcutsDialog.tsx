import { useEffect, useRef } from 'preact/hooks';

export const SHORTCUTS: readonly { readonly keys: string; readonly action: string }[] = [
  { keys: 'j / ↓', action: 'Next item' },
  { keys: 'k / ↑', action: 'Previous item' },
  { keys: 'x / Space', action: 'Tick or untick the focused item' },
  { keys: 's', action: 'Know it: mark the focused item as already known' },
  { keys: 't', action: 'Back to today' },
  { keys: 'm', action: 'Show or hide More (tip, progress, the whole plan, notes…)' },
  { keys: 'n', action: 'Another tip' },
  { keys: '?', action: 'Show or hide this help' },
];

interface ShortcutsDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
}

export function ShortcutsDialog({ open, onClose }: ShortcutsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <table class="shortcuts">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys}>
              <th scope="row">
                <kbd>{shortcut.keys}</kbd>
              </th>
              <td>{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" class="btn">
          Close
        </button>
      </form>
    </dialog>
  );
}
