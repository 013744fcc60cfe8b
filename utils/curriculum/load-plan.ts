/**
 * Loads one plan's module on demand, so a view that knows the plan id fetches only that
 * plan's data. Loaded plans are kept, so a view can render them synchronously afterwards.
 */
import type { Plan, PlanId } from './types';

const loaded = new Map<PlanId, Plan>();

async function importPlan(id: PlanId): Promise<Plan> {
  switch (id) {
    case 'plan-20':
      return (await import('./plan-20')).PLAN_20;
    case 'plan-60':
      return (await import('./plan-60')).PLAN_60;
    case 'plan-90':
      return (await import('./plan-90')).PLAN_90;
  }
}

export async function loadPlan(id: PlanId): Promise<Plan> {
  const plan = loaded.get(id) ?? (await importPlan(id));
  loaded.set(id, plan);
  return plan;
}

/** The plan if `loadPlan` already resolved for it, otherwise undefined. */
export function loadedPlan(id: PlanId): Plan | undefined {
  return loaded.get(id);
}
