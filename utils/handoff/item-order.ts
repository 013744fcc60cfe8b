/**
 * Each plan's items in one fixed order (day by day, by their number in the day, retired
 * items included), so a transfer code can name an item by its position alone. The
 * fingerprint tells two builds whose lists differ apart, even at the same length.
 */
import type { Plan, PlanId } from '../curriculum/types';
import { crc32 } from './bytes';

export interface PlanItemOrder {
  readonly planId: PlanId;
  readonly ids: readonly string[];
  readonly fingerprint: number;
}

function numberInDay(id: string): number {
  return Number(id.slice(id.lastIndexOf('.') + 1)) || 0;
}

export function planItemOrder(plan: Plan): PlanItemOrder {
  const ids: string[] = [];
  for (const phase of plan.phases) {
    for (const day of phase.days) {
      const items = [...day.items, ...day.retired].map((item) => item.id);
      items.sort((a, b) => numberInDay(a) - numberInDay(b));
      ids.push(...items);
    }
  }
  return {
    planId: plan.id,
    ids,
    fingerprint: crc32(new TextEncoder().encode(ids.join('\n'))),
  };
}
