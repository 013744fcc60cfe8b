/**
 * Everything the day page shows, derived in one pure step from the plan, the
 * profile, today's date and what the store has answered so far.
 */

import { planCalendar } from '../../utils/calendar';
import type { Plan, Tip } from '../../utils/curriculum/types';
import { formatShortDate, type LocalDate } from '../../utils/date';
import type { SavedTicks } from '../../utils/db/early-read';
import type { ProfileRecord } from '../../utils/model/records';
import { type Progress, phaseProgress, planProgress, resolvedItemIds } from '../../utils/progress';
import { type PlanState, planState } from '../../utils/schedule';
import { type ScheduleStatus, scheduleStatus } from '../../utils/schedule-status';
import { computeStreak, heatmapWeeks, YEAR_HEATMAP_WEEKS } from '../../utils/streak';
import { tipOfTheDay } from '../../utils/tips';
import type { DayCardModel } from '../DayCard';
import type { TimelinePhase } from '../PlanTimeline';
import type { ProgressCardModel } from '../ProgressCard';
import type { BehindStatus } from './startup/today-cache';
import { withSavedTicks } from './startup/today-card';
import { timelinePhases } from './timeline-model';
import { dayCardModel, type ProgressMap } from './view-model';

const NOTHING_YET: ProgressMap = new Map();

export interface DayPageInput {
  readonly plan: Plan;
  readonly profile: ProfileRecord;
  readonly today: LocalDate;
  /** null while the store has not answered yet. */
  readonly progress: ProgressMap | null;
  readonly activity: ReadonlyMap<LocalDate, number> | null;
  readonly selectedDay: number | null;
  readonly tips: readonly Tip[];
  readonly tipOffset: number;
  readonly savedTicks: SavedTicks | null;
  readonly cachedBehind: BehindStatus | null;
}

export interface DayPageModel {
  readonly state: PlanState;
  /** null until the store has answered. */
  readonly status: ScheduleStatus | null;
  /** Today's plan day, or null on a day without a checklist (before, off, after). */
  readonly todayDay: number | null;
  readonly shownDay: number | null;
  /** The day shown in the card, or null when the headline (countdown, finished) takes its place. */
  readonly card: DayCardModel | null;
  readonly behind: BehindStatus | null;
  readonly overall: Progress;
  readonly bestStreak: number;
  readonly tip: Tip | null;
  readonly progressCard: ProgressCardModel;
  readonly timeline: readonly TimelinePhase[];
  /** The one-line progress and streak under the day card; null parts until loaded. */
  readonly stats: { readonly planPercent: number | null; readonly streakDays: number | null };
}

/** True on the first study day of a phase: cards set to "phase" come forward then. */
export function phaseBeginsOn(plan: Plan, profile: ProfileRecord, today: LocalDate): boolean {
  const state = planState(plan, profile, today);
  return state.kind === 'active' && state.day === state.phase.firstDay;
}

export function dayPageModel(input: DayPageInput): DayPageModel {
  const { plan, profile, today, progress } = input;
  const state = planState(plan, profile, today);
  const calendar = planCalendar(profile);
  const known = progress ?? NOTHING_YET;
  const resolved = resolvedItemIds(known.values());
  const todayDay = state.kind === 'active' ? state.day : null;
  const shownDay = input.selectedDay ?? todayDay;
  const shown =
    shownDay === null
      ? null
      : dayCardModel(plan, shownDay, profile, today, known, profile.language);
  // Until the store answers, the early-read ticks stand in for it.
  const card =
    shown && !progress && input.savedTicks ? withSavedTicks(shown, input.savedTicks) : shown;
  const status = progress ? scheduleStatus(plan, state, resolved) : null;
  const behind = status ? (status.kind === 'behind' ? status : null) : input.cachedBehind;
  const overall = planProgress(plan, resolved);
  const tipPhase = state.kind === 'ended' ? plan.phases.at(-1) : state.phase;
  const tip =
    tipPhase && input.tips.length > 0
      ? tipOfTheDay({
          phase: tipPhase,
          planStart: profile.startDate,
          date: today,
          tips: input.tips,
          offset: input.tipOffset,
        })
      : null;
  const streak = computeStreak({
    activeDates: new Set(input.activity?.keys() ?? []),
    today,
    isStudyDay: calendar.isStudyDay,
  });
  const phaseNow =
    state.kind === 'ended' || state.kind === 'not-started'
      ? null
      : phaseProgress(state.phase, resolved);
  return {
    state,
    status,
    todayDay,
    shownDay,
    card,
    behind,
    overall,
    bestStreak: streak.best,
    tip,
    progressCard: {
      overall: { resolved: overall.resolvedItems, total: overall.totalItems },
      phase:
        phaseNow && state.kind !== 'ended' && state.kind !== 'not-started'
          ? {
              resolved: phaseNow.resolvedItems,
              total: phaseNow.totalItems,
              focus: state.phase.focus,
            }
          : null,
      streak,
      freezes: {
        banked: streak.freezesBanked,
        coveredLabels: streak.freezesUsed.map(formatShortDate),
      },
      // The whole year: the card shows its last weeks and the year on request.
      heatmap: heatmapWeeks(
        input.activity ?? new Map(),
        today,
        YEAR_HEATMAP_WEEKS,
        calendar.isStudyDay,
      ),
    },
    timeline: timelinePhases(plan, resolved),
    stats: {
      planPercent: progress ? Math.round(overall.fraction * 100) : null,
      streakDays: input.activity ? streak.current : null,
    },
  };
}
