import type { ComponentChildren } from 'preact';
import type { ItemState } from '../utils/model/records';
import { Checklist, type ChecklistRow } from './Checklist';
import { DayStudySummary } from './study/DayStudySummary';

export interface DayCardModel {
  readonly day: number;
  readonly planLength: number;
  readonly dateLabel: string;
  readonly focus: string;
  readonly phaseFirstDay: number;
  readonly phaseLastDay: number;
  readonly title: string;
  /** The phase's goal, in the learner's language; absent in a card cached before it was kept. */
  readonly goal?: string;
  readonly items: readonly ChecklistRow[];
  /** Whether this card shows today (or another day opened from the plan). */
  readonly isToday: boolean;
}

interface DayCardProps {
  readonly model: DayCardModel;
  readonly pending?: boolean;
  /** While pending, the checklist still takes clicks (queued by the start-up shell). */
  readonly queued?: boolean;
  readonly onSetState: (itemId: string, state: ItemState) => void;
  readonly onCompleteDay: () => void;
  readonly onBackToToday?: () => void;
  /** Shown under the day's title: the phase goal and the day's study time, once loaded. */
  readonly summary?: ComponentChildren;
  /** Shown under each item: its study notes, once loaded. */
  readonly itemExtra?: (itemId: string) => ComponentChildren;
  /** Beside the heading: the schedule's state pill ("Behind by 2 study days"). */
  readonly badge?: ComponentChildren;
  /** One line of progress and streak, e.g. "34% of the plan · 5-day streak". */
  readonly stats?: string;
  /** Under the actions: the day-complete acknowledgement, when there is one. */
  readonly after?: ComponentChildren;
}

export function DayCard({
  model,
  pending = false,
  queued = false,
  onSetState,
  onCompleteDay,
  onBackToToday,
  summary,
  itemExtra,
  badge,
  stats,
  after,
}: DayCardProps) {
  const open = model.items.filter((item) => item.state === 'open').length;
  const range =
    model.phaseFirstDay === model.phaseLastDay
      ? `day ${model.phaseFirstDay}`
      : `days ${model.phaseFirstDay}–${model.phaseLastDay}`;
  return (
    <section class="card day-card" aria-labelledby="day-heading">
      <p class="eyebrow">
        {model.isToday ? 'Today' : 'Viewing'} · <time>{model.dateLabel}</time>
      </p>
      <div class="day-heading-row">
        <h1 id="day-heading" data-testid="day-heading" tabIndex={-1}>
          Day {model.day} of {model.planLength}
        </h1>
        {badge}
      </div>
      <p class="focus">
        <strong data-testid="focus-area">{model.focus}</strong>{' '}
        <span class="muted phase-range">({range})</span>
      </p>
      <h2 class="day-title">{model.title}</h2>
      {/* The goal paints with the card; the study time joins it once the details load. */}
      {summary ?? (model.goal && <DayStudySummary goal={model.goal} minutes={null} />)}
      <Checklist
        itemExtra={itemExtra}
        items={model.items}
        onSetState={onSetState}
        pending={pending}
        queued={queued}
        label={`Checklist for day ${model.day}`}
      />
      <div class="row day-actions">
        <button
          type="button"
          class="btn btn-primary"
          disabled={pending || open === 0}
          onClick={onCompleteDay}
        >
          {open === 0 ? 'Day complete' : 'Mark the whole day complete'}
        </button>
        {!model.isToday && onBackToToday && (
          <button type="button" class="btn" onClick={onBackToToday}>
            Back to today
          </button>
        )}
      </div>
      {after}
      {stats && (
        <p class="day-stats muted small" data-testid="day-stats">
          {stats}
        </p>
      )}
    </section>
  );
}
