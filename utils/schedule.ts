/**
 * Where the user is in their plan on a given calendar day. Progress is keyed on
 * item ids, so moving the start date never loses what was done (see progress.ts
 * for counting it, schedule-status.ts for comparing it with the calendar).
 */

import { dayOfPlanData, phaseOfDay } from './curriculum/lookup';
import type { Phase, Plan, PlanDay } from './curriculum/types';
import { addDays, daysBetween, type LocalDate } from './date';

/** Ids of checklist items marked done or skipped. */
export type ResolvedItems = ReadonlySet<string>;

export type PlanState =
  | {
      kind: 'not-started';
      daysUntilStart: number;
      startDate: LocalDate;
      preview: PlanDay;
      phase: Phase;
    }
  | { kind: 'active'; day: number; date: LocalDate; phase: Phase; planDay: PlanDay }
  | { kind: 'finished'; endedOn: LocalDate; daysSinceEnd: number };

/** 1 on the start date, ≤ 0 before it; may exceed the plan's length. */
export function dayOfPlan(startDate: LocalDate, today: LocalDate): number {
  return daysBetween(startDate, today) + 1;
}

export function dateOfPlanDay(startDate: LocalDate, day: number): LocalDate {
  return addDays(startDate, day - 1);
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

export function planState(plan: Plan, startDate: LocalDate, today: LocalDate): PlanState {
  const day = dayOfPlan(startDate, today);
  if (day < 1) {
    const phase = phaseHolding(plan, 1);
    return {
      kind: 'not-started',
      daysUntilStart: 1 - day,
      startDate,
      preview: planDayIn(plan, 1),
      phase,
    };
  }
  if (day > plan.lengthDays) {
    return {
      kind: 'finished',
      endedOn: dateOfPlanDay(startDate, plan.lengthDays),
      daysSinceEnd: day - plan.lengthDays,
    };
  }
  const phase = phaseHolding(plan, day);
  return { kind: 'active', day, date: today, phase, planDay: planDayIn(plan, day) };
}
