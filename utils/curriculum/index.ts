/**
 * The curriculum's public API. This is the only module that imports all three plans;
 * code that needs just one plan can import its module directly.
 */

import { PLAN_IDS } from '../model/ids';
import { PLAN_20 } from './plan-20';
import { PLAN_60 } from './plan-60';
import { PLAN_90 } from './plan-90';
import type { ChecklistItem, Phase, Plan, PlanDay, PlanId } from './types';

export { isPlanId, PLAN_IDS } from '../model/ids';

export const PLANS: Readonly<Record<PlanId, Plan>> = Object.freeze({
  'plan-20': PLAN_20,
  'plan-60': PLAN_60,
  'plan-90': PLAN_90,
});

export function getPlan(id: PlanId): Plan {
  return PLANS[id];
}

export interface ItemLocation {
  plan: Plan;
  phase: Phase;
  day: PlanDay;
  item: ChecklistItem;
}

let itemIndex: Map<string, ItemLocation> | undefined;

function buildItemIndex(): Map<string, ItemLocation> {
  const index = new Map<string, ItemLocation>();
  for (const id of PLAN_IDS) {
    const plan = PLANS[id];
    for (const phase of plan.phases) {
      for (const day of phase.days) {
        for (const item of [...day.items, ...day.retired]) {
          index.set(item.id, { plan, phase, day, item });
        }
      }
    }
  }
  return index;
}

/** Built on first use, so loading the module stays cheap for views that never look items up. */
export function findItem(itemId: string): ItemLocation | undefined {
  itemIndex ??= buildItemIndex();
  return itemIndex.get(itemId);
}

export { CAREER } from './career';
export { dayOfPlanData, phaseOfDay, wordingFor } from './lookup';
export { TIPS } from './tips';
export * from './types';
