/**
 * Turns plan data, progress and today's date into what the presentational
 * components show. Pure: no clock, no storage, so it is tested directly.
 */

import { type CalendarProfile, planCalendar } from '../../utils/calendar';
import { wordingFor } from '../../utils/curriculum/lookup';
import type { Language, Plan, PlanDay } from '../../utils/curriculum/types';
import { formatLongDate, type LocalDate } from '../../utils/date';
import type { ItemState, ProgressRecord } from '../../utils/model/records';
import type { ChecklistRow } from '../Checklist';
import type { DayCardModel } from '../DayCard';

export type ProgressMap = ReadonlyMap<string, ProgressRecord>;

export function stateOf(progress: ProgressMap, itemId: string): ItemState {
  return progress.get(itemId)?.state ?? 'open';
}

export function checklistRows(
  planDay: PlanDay,
  progress: ProgressMap,
  language: Language,
): ChecklistRow[] {
  return planDay.items.map((item) => ({
    id: item.id,
    text: wordingFor(item, language),
    state: stateOf(progress, item.id),
  }));
}

export function dayCardModel(
  plan: Plan,
  day: number,
  profile: CalendarProfile,
  today: LocalDate,
  progress: ProgressMap,
  language: Language,
): DayCardModel | null {
  const phase = plan.phases.find(
    (candidate) => candidate.firstDay <= day && day <= candidate.lastDay,
  );
  const planDay = phase?.days[day - phase.firstDay];
  if (!phase || !planDay) return null;
  const date = planCalendar(profile).dateOfPlanDay(day);
  return {
    day,
    planLength: plan.lengthDays,
    // With every weekday a rest day, a later plan day has no date yet.
    dateLabel: date ? formatLongDate(date) : 'No study day set yet',
    focus: phase.focus,
    phaseFirstDay: phase.firstDay,
    phaseLastDay: phase.lastDay,
    title: planDay.title,
    goal: wordingFor(phase.goal, language),
    items: checklistRows(planDay, progress, language),
    isToday: date === today,
  };
}
