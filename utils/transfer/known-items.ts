import { findItem } from '../curriculum/index';
import type { PlanId } from '../curriculum/types';

/** The production `knownItem` for parseImport: the plan an item id belongs to in the bundled curriculum. */
export function knownCurriculumItem(itemId: string): PlanId | undefined {
  return findItem(itemId)?.plan.id;
}
