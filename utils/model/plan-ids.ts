import type { PlanId } from '../curriculum/types';

/** Every plan, shortest first. Kept apart from the plans so views can list ids without their data. */
export const PLAN_IDS: readonly PlanId[] = Object.freeze([
  'plan-20',
  'plan-60',
  'plan-90',
] as const);

/** The next longer plan's id, or null after the longest one. */
export function nextPlanIdAfter(id: PlanId): PlanId | null {
  return PLAN_IDS[PLAN_IDS.indexOf(id) + 1] ?? null;
}
