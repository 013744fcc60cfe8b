/**
 * Lookups over one plan's data. Holds no curriculum itself, so a view that needs only
 * one plan can use these without pulling every plan, the tips and the career facts.
 */
import type { Language, Phase, Plan, PlanDay, Wording } from './types';

export function phaseOfDay(plan: Plan, day: number): Phase | undefined {
  if (!Number.isInteger(day)) return undefined;
  return plan.phases.find((phase) => day >= phase.firstDay && day <= phase.lastDay);
}

export function dayOfPlanData(plan: Plan, day: number): PlanDay | undefined {
  const phase = phaseOfDay(plan, day);
  return phase?.days[day - phase.firstDay];
}

/** The stack-specific phrasing when there is one, otherwise the neutral text. */
export function wordingFor(wording: Wording, language: Language): string {
  const specific = wording.byLanguage?.[language];
  return specific?.trim() ? specific : wording.text;
}
