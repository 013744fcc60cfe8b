import type { ItemState } from '../utils/model/records';
import { Checklist, type ChecklistRow } from './Checklist';
import { formatCount } from './format-count';

export interface CatchUpDay {
  readonly day: number;
  readonly title: string;
  /** Only the items still open. */
  readonly items: readonly ChecklistRow[];
}

interface CatchUpListProps {
  readonly days: readonly CatchUpDay[];
  readonly onSetState: (itemId: string, state: ItemState) => void;
  readonly onClose: () => void;
}

/** "Catch up": the open items of the days behind, brought into today's card to tick here. */
export function CatchUpList({ days, onSetState, onClose }: CatchUpListProps) {
  const open = days.reduce((total, day) => total + day.items.length, 0);
  return (
    <section class="catch-up" aria-labelledby="catch-up-heading" data-testid="catch-up">
      <div class="row catch-up-head">
        <h2 id="catch-up-heading" class="sub">
          {open === 0
            ? 'All caught up'
            : `Catching up: ${formatCount(open)} open ${open === 1 ? 'item' : 'items'} from earlier days`}
        </h2>
        <button type="button" class="btn btn-small btn-quiet" onClick={onClose}>
          {open === 0 ? 'Close' : 'Hide'}
        </button>
      </div>
      {days.map((day) => (
        <div key={day.day} class="catch-up-day">
          <p class="small muted catch-up-day-title">
            Day {day.day}: {day.title}
          </p>
          <Checklist
            items={day.items}
            onSetState={onSetState}
            label={`Open items from day ${day.day}`}
          />
        </div>
      ))}
    </section>
  );
}
