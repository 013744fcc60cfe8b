import { wordingFor } from '../../utils/curriculum/lookup';
import type { Language, Plan } from '../../utils/curriculum/types';
import { formatLongDate, type LocalDate } from '../../utils/date';
import { nextPlanIdAfter } from '../../utils/model/ids';
import type { Progress } from '../../utils/progress';
import type { PlanState } from '../../utils/schedule';
import { Countdown } from '../Countdown';
import { FinishedSummary } from '../FinishedSummary';
import { usePlan } from './use-plan';

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
  return (
    <FinishedPlan
      plan={plan}
      endedOn={state.endedOn}
      resolved={resolved}
      bestStreak={bestStreak}
      onStartNext={onStartNext}
    />
  );
}

interface FinishedPlanProps {
  readonly plan: Plan;
  readonly endedOn: LocalDate;
  readonly resolved: Progress;
  readonly bestStreak: number;
  readonly onStartNext: (() => void) | undefined;
}

/** The finished plan's summary; the next plan's data loads only here, for its title and summary. */
function FinishedPlan({ plan, endedOn, resolved, bestStreak, onStartNext }: FinishedPlanProps) {
  const next = usePlan(nextPlanIdAfter(plan.id));
  return (
    <FinishedSummary
      planTitle={plan.title}
      endedOnLabel={formatLongDate(endedOn)}
      resolved={resolved.resolvedItems}
      total={resolved.totalItems}
      bestStreak={bestStreak}
      nextPlan={next && onStartNext ? { title: next.title, summary: next.summary } : null}
      onStartNext={() => onStartNext?.()}
    />
  );
}
