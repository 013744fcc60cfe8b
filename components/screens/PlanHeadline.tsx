import { wordingFor } from '../../utils/curriculum/lookup';
import type { Language, Plan } from '../../utils/curriculum/types';
import { formatComingDay, formatLongDate, type LocalDate } from '../../utils/date';
import { nextPlanIdAfter } from '../../utils/model/ids';
import type { Progress } from '../../utils/progress';
import type { PlanState } from '../../utils/schedule';
import type { ScheduleStatus } from '../../utils/schedule-status';
import { Countdown } from '../Countdown';
import { DayOffNotice } from '../DayOffNotice';
import { FinishedSummary } from '../FinishedSummary';
import { TimeUpSummary } from '../TimeUpSummary';
import { usePlan } from './use-plan';

export interface PlanHeadlineActions {
  readonly startNextPlan: () => void;
  readonly studyAnyway: () => void;
  readonly resume: () => void;
  readonly openDay: (day: number) => void;
}

interface PlanHeadlineProps {
  readonly plan: Plan;
  readonly state: PlanState;
  /** null while the saved progress is still loading. */
  readonly status: ScheduleStatus | null;
  readonly today: LocalDate;
  readonly language: Language;
  readonly resolved: Progress;
  readonly bestStreak: number;
  /** null until the store is open. */
  readonly actions: PlanHeadlineActions | null;
}

/** The top card when today has no checklist: before the start, a day off, or after the end. */
export function PlanHeadline({
  plan,
  state,
  status,
  today,
  language,
  resolved,
  bestStreak,
  actions,
}: PlanHeadlineProps) {
  if (state.kind === 'not-started') {
    return (
      <Countdown
        daysUntilStart={state.daysUntilStart}
        startDateLabel={formatLongDate(state.firstDayDate ?? state.startDate)}
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
  if (state.kind === 'rest' || state.kind === 'paused') {
    return (
      <DayOffNotice
        kind={state.kind}
        planTitle={plan.title}
        day={state.day}
        dayTitle={state.planDay.title}
        whenLabel={
          state.nextStudyDate &&
          formatComingDay(state.nextStudyDate, today, state.kind === 'paused')
        }
        onMainAction={actions && (state.kind === 'rest' ? actions.studyAnyway : actions.resume)}
      />
    );
  }
  if (state.kind !== 'ended' || status === null) return null;
  return (
    <EndedPlan
      plan={plan}
      endedOn={state.endedOn}
      status={status}
      resolved={resolved}
      bestStreak={bestStreak}
      actions={actions}
    />
  );
}

interface EndedPlanProps {
  readonly plan: Plan;
  readonly endedOn: LocalDate;
  readonly status: ScheduleStatus;
  readonly resolved: Progress;
  readonly bestStreak: number;
  readonly actions: PlanHeadlineActions | null;
}

/** Time's up or finished; the next plan's data loads only here, for its title and summary. */
function EndedPlan({ plan, endedOn, status, resolved, bestStreak, actions }: EndedPlanProps) {
  const next = usePlan(nextPlanIdAfter(plan.id));
  const nextPlan = next && actions ? { title: next.title, summary: next.summary } : null;
  const onStartNext = () => actions?.startNextPlan();
  if (status.kind === 'time-up') {
    const day = status.firstUnfinishedDay;
    return (
      <TimeUpSummary
        planTitle={plan.title}
        endedOnLabel={formatLongDate(endedOn)}
        openItems={status.openItems}
        firstUnfinishedDay={day}
        onFinish={actions && (() => actions.openDay(day))}
        nextPlan={nextPlan}
        onStartNext={onStartNext}
      />
    );
  }
  return (
    <FinishedSummary
      planTitle={plan.title}
      endedOnLabel={formatLongDate(endedOn)}
      resolved={resolved.resolvedItems}
      total={resolved.totalItems}
      bestStreak={bestStreak}
      nextPlan={nextPlan}
      onStartNext={onStartNext}
    />
  );
}
