import type { Plan } from './types';

/** Which of `plans` an item id (shown or retired) belongs to. */
export function itemPlanLookup(plans: readonly Plan[]): (itemId: string) => Plan['id'] | undefined {
  const owners = new Map<string, Plan['id']>();
  for (const plan of plans) {
    for (const phase of plan.phases) {
      for (const day of phase.days) {
        for (const item of [...day.items, ...day.retired]) owners.set(item.id, plan.id);
      }
    }
  }
  return (itemId) => owners.get(itemId);
}
