/**
 * Where the user is in their plan on a given calendar day, read off the plan calendar
 * (calendar.ts: plan day N is the Nth study day). Progress is keyed on item ids, so
 * moving the start date never loses what was done (see progress.ts for counting it,
 * schedule-status.ts for comparing it with the calendar).
 */

import { type CalendarProfile, planCalendar } from './calendar';
import { dayOfPlanData, phaseOfDay } from './curriculum/lookup';
import type { Phase, Plan, PlanDay } from './curriculum/types';
import { daysBetween, type LocalDate } from './date';

/** Ids of checklist items marked done or skipped. */
export type ResolvedItems = ReadonlySet<string>;

/** A plan day waiting on a day off: what it is, and the date it comes (null: no study day set). */
interface Waiting {
  readonly day: number;
  readonly phase: Phase;
  readonly planDay: PlanDay;
  readonly nextStudyDate: LocalDate | null;
}

export type PlanState =
  | {
      kind: 'not-started';
      daysUntilStart: number;
      startDate: LocalDate;
      /** The date of day 1: the start date, or the first study day after it. */
      firstDayDate: LocalDate | null;
      preview: PlanDay;
      phase: Phase;
    }
  | { kind: 'active'; day: number; date: LocalDate; phase: Phase; planDay: PlanDay }
  | ({ kind: 'rest' } & Waiting)
  /** `until` is the pause's last day, null while it lasts until resumed. */
  | ({ kind: 'paused'; until: LocalDate | null } & Waiting)
  /** Every planned day has passed; whether it is finished depends on the open items. */
  | { kind: 'ended'; endedOn: LocalDate; daysSinceEnd: number };

/** Today's plan day: this day's number on a study day, the next study day's otherwise; ≤ 0 before the start. */
export function dayOfPlan(profile: CalendarProfile, today: LocalDate): number {
  const before = daysBetween(profile.startDate, today);
  if (before < 0) return before + 1;
  return planCalendar(profile).studyDaysBefore(today) + 1;
}

// Days 1…length must resolve; a gap is a curriculum bug, so fail loudly.
function phaseHolding(plan: Plan, day: number): Phase {
  const phase = phaseOfDay(plan, day);
  if (!phase) throw new RangeError(`${plan.id} has no phase for day ${day}`);
  return phase;
}

function planDayIn(plan: Plan, day: number): PlanDay {
  const planDay = dayOfPlanData(plan, day);
  if (!planDay) throw new RangeError(`${plan.id} has no entry for day ${day}`);
  return planDay;
}

export function planState(plan: Plan, profile: CalendarProfile, today: LocalDate): PlanState {
  const calendar = planCalendar(profile);
  const untilStart = daysBetween(today, profile.startDate);
  if (untilStart > 0) {
    return {
      kind: 'not-started',
      daysUntilStart: untilStart,
      startDate: profile.startDate,
      firstDayDate: calendar.dateOfPlanDay(1),
      preview: planDayIn(plan, 1),
      phase: phaseHolding(plan, 1),
    };
  }
  const day = calendar.studyDaysBefore(today) + 1;
  if (day > plan.lengthDays) {
    const endedOn = calendar.dateOfPlanDay(plan.lengthDays) ?? today;
    return { kind: 'ended', endedOn, daysSinceEnd: daysBetween(endedOn, today) };
  }
  const phase = phaseHolding(plan, day);
  const planDay = planDayIn(plan, day);
  if (calendar.isStudyDay(today)) return { kind: 'active', day, date: today, phase, planDay };
  const waiting = { day, phase, planDay, nextStudyDate: calendar.dateOfPlanDay(day) };
  const pause = calendar.pauseOn(today);
  return pause ? { kind: 'paused', until: pause.until, ...waiting } : { kind: 'rest', ...waiting };
}
