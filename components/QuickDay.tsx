import type { ComponentChildren } from 'preact';
import type { ItemState } from '../utils/model/records';
import { Checklist, type ChecklistRow } from './Checklist';
import { statsLine } from './streak-text';

export interface QuickDayModel {
  /** "Day 12 of 60", or a countdown / finished line outside the plan. */
  readonly heading: string;
  readonly focus: string;
  readonly items: readonly ChecklistRow[];
  /** null until the store has answered; the line keeps its place meanwhile. */
  readonly planPercent: number | null;
  readonly streakDays: number | null;
  /** The skill tip, only when the learner pinned it (Options → The day view). */
  readonly tip?: string | null;
}

interface QuickDayProps {
  readonly model: QuickDayModel;
  readonly pending: boolean;
  /** While pending, the checklist still takes clicks (queued by the start-up shell). */
  readonly queued?: boolean;
  readonly onSetState: (itemId: string, state: ItemState) => void;
  readonly links: { readonly day: string; readonly options: string };
  readonly linksOpenNewTab: boolean;
  /** Shown under each item once loaded, e.g. its study time. */
  readonly itemExtra?: (itemId: string) => ComponentChildren;
}

/** The toolbar popup's whole content: today's checklist for quick ticking. */
export function QuickDay({
  model,
  pending,
  queued = false,
  onSetState,
  links,
  linksOpenNewTab,
  itemExtra,
}: QuickDayProps) {
  const target = linksOpenNewTab ? '_blank' : undefined;
  return (
    <section class="quick-day" aria-labelledby="day-heading">
      <h1 id="day-heading" data-testid="day-heading">
        {model.heading}
      </h1>
      {model.focus && (
        <p class="focus" data-testid="focus-area">
          {model.focus}
        </p>
      )}
      {model.items.length > 0 && (
        <Checklist
          items={model.items}
          onSetState={onSetState}
          pending={pending}
          queued={queued}
          itemExtra={itemExtra}
          compact
          label="Today's checklist"
        />
      )}
      {model.tip && (
        <p class="quick-tip small" data-testid="quick-tip">
          <strong>Tip:</strong> {model.tip}
        </p>
      )}
      <p class="quick-stats muted small" data-testid="quick-stats">
        {statsLine(model.planPercent, model.streakDays)}
      </p>
      <nav class="row quick-links" aria-label="More">
        <a class="btn" href={links.day} target={target}>
          Open full day view
        </a>
        <a class="btn btn-quiet" href={links.options} target={target}>
          Options
        </a>
      </nav>
    </section>
  );
}
