import type { ComponentChildren } from 'preact';
import type { ItemState } from '../utils/model/records';

export interface ChecklistRow {
  readonly id: string;
  readonly text: string;
  readonly state: ItemState;
}

interface ChecklistProps {
  readonly items: readonly ChecklistRow[];
  readonly onSetState: (itemId: string, state: ItemState) => void;
  /** True until the saved ticks have arrived: the rows are shown but not yet editable. */
  readonly pending?: boolean;
  /** While pending, take clicks anyway: the start-up shell queues them for the store. */
  readonly queued?: boolean;
  /** Hide the per-item "Know it" button (the popup keeps only the ticks). */
  readonly compact?: boolean;
  /** What to show under an item, e.g. its study notes (the start-up shell shows none). */
  readonly itemExtra?: (itemId: string) => ComponentChildren;
  readonly label: string;
}

export function Checklist({
  items,
  onSetState,
  pending = false,
  queued = false,
  compact = false,
  itemExtra,
  label,
}: ChecklistProps) {
  const locked = pending && !queued;
  return (
    <ul class="checklist" aria-label={label} aria-busy={pending}>
      {items.map((item) => {
        const done = item.state === 'done';
        const skipped = item.state === 'skipped';
        return (
          <li
            key={item.id}
            class={done ? 'is-done' : skipped ? 'is-skipped' : ''}
            data-item-id={item.id}
          >
            <label>
              <input
                type="checkbox"
                checked={done}
                disabled={locked}
                onChange={() => onSetState(item.id, done ? 'open' : 'done')}
              />
              <span class="item-text">
                {item.text}
                {skipped && <span class="item-tag">already known</span>}
              </span>
            </label>
            {!compact && !done && (
              <button
                type="button"
                class="btn btn-quiet"
                disabled={locked}
                aria-pressed={skipped}
                aria-label={`Know it, I already know this: ${item.text}`}
                onClick={() => onSetState(item.id, skipped ? 'open' : 'skipped')}
              >
                Know it
              </button>
            )}
            {itemExtra?.(item.id)}
          </li>
        );
      })}
    </ul>
  );
}
