/**
 * Loads one plan's module on demand, so a start-up path that knows the plan id
 * fetches only that plan's data.
 */
import type { Plan, PlanId } from './types';

export async function loadPlan(id: PlanId): Promise<Plan> {
  switch (id) {
    case 'plan-20':
      return (await import('./plan-20')).PLAN_20;
    case 'plan-60':
      return (await import('./plan-60')).PLAN_60;
    case 'plan-90':
      return (await import('./plan-90')).PLAN_90;
  }
}
