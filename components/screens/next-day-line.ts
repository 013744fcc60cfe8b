import { type CalendarProfile, type PlanCalendar, planCalendar } from '../../utils/calendar';
import { dayOfPlanData } from '../../utils/curriculum/lookup';
import type { Plan } from '../../utils/curriculum/types';
import { addDays, formatComingDay, type LocalDate } from '../../utils/date';

/**
 * What comes after plan day `day`, for the day-complete moment:
 * "Tomorrow: Day 13 — Joins", "Next: Day 13 — Joins, on Monday", or the plan's end.
 */
export function nextDayLine(
  plan: Plan,
  profile: CalendarProfile,
  day: number,
  today: LocalDate,
  calendar: PlanCalendar = planCalendar(profile),
): string {
  const next = dayOfPlanData(plan, day + 1);
  if (!next) return `That was the last day of the ${plan.title}.`;
  const what = `Day ${next.day} — ${next.title}`;
  const date = calendar.dateOfPlanDay(next.day);
  if (date === null || date <= today) return `Next: ${what}.`;
  if (date === addDays(today, 1)) return `Tomorrow: ${what}.`;
  return `Next: ${what}, on ${formatComingDay(date, today)}.`;
}
