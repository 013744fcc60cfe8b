import { getPlan, PLAN_IDS, wordingFor } from '../../utils/curriculum';
import type { Language, Plan } from '../../utils/curriculum/types';
import { formatLongDate } from '../../utils/date';
import type { PlanState, Progress } from '../../utils/schedule';
import { Countdown } from '../Countdown';
import { FinishedSummary } from '../FinishedSummary';

interface PlanHeadlineProps {
  readonly plan: Plan;
  readonly state: PlanState;
  readonly language: Language;
  readonly resolved: Progress;
  readonly bestStreak: number;
  readonly onStartNext: (() => void) | undefined;
}

/** The top card when there is no "today" in the plan: before it starts, or after it ends. */
export function PlanHeadline({
  plan,
  state,
  language,
  resolved,
  bestStreak,
  onStartNext,
}: PlanHeadlineProps) {
  if (state.kind === 'not-started') {
    return (
      <Countdown
        daysUntilStart={state.daysUntilStart}
        startDateLabel={formatLongDate(state.startDate)}
        planTitle={plan.title}
        focus={state.phase.focus}
        dayTitle={state.preview.title}
        previewItems={state.preview.items.map((item) => ({
          id: item.id,
          text: wordingFor(item, language),
          state: 'open',
        }))}
      />
    );
  }
  if (state.kind !== 'finished') return null;
  const next = nextPlanAfter(plan);
  return (
    <FinishedSummary
      planTitle={plan.title}
      endedOnLabel={formatLongDate(state.endedOn)}
      resolved={resolved.resolvedItems}
      total={resolved.totalItems}
      bestStreak={bestStreak}
      nextPlan={next && onStartNext ? { title: next.title, summary: next.summary } : null}
      onStartNext={() => onStartNext?.()}
    />
  );
}

/** The next longer plan, or null after the longest one. */
export function nextPlanAfter(plan: Plan): Plan | null {
  const index = PLAN_IDS.indexOf(plan.id);
  const nextId = PLAN_IDS[index + 1];
  return nextId ? getPlan(nextId) : null;
}
