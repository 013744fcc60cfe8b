import { describe, expect, it } from 'vitest';
import { getPlan, PLAN_IDS, TIPS } from '../../utils/curriculum/index';
import shippedIds from '../fixtures/shipped-ids.json';

/**
 * Saved progress is keyed on these ids, so once shipped an id must never disappear or be
 * renamed. The fixture is append-only: new ids may be added to its end, none removed.
 */
function currentIds(): string[] {
  const ids: string[] = [];
  for (const planId of PLAN_IDS) {
    const plan = getPlan(planId);
    ids.push(plan.id);
    for (const phase of plan.phases) {
      ids.push(phase.id);
      for (const day of phase.days) {
        for (const item of [...day.items, ...day.retired]) ids.push(item.id);
      }
    }
  }
  for (const tip of TIPS) ids.push(tip.id);
  return ids;
}

describe('shipped curriculum ids', () => {
  it('fixture is a non-empty list of unique ids', () => {
    expect(Array.isArray(shippedIds)).toBe(true);
    expect(shippedIds.length).toBeGreaterThan(500);
    expect(new Set(shippedIds).size).toBe(shippedIds.length);
  });

  it('every shipped id still exists in the data', () => {
    const current = new Set(currentIds());
    const missing = shippedIds.filter((id) => !current.has(id));
    expect(missing).toEqual([]);
  });

  it('records every id the data ships, so none can be reused for another task later', () => {
    const recorded = new Set(shippedIds);
    expect(currentIds().filter((id) => !recorded.has(id))).toEqual([]);
  });
});
