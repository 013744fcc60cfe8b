/**
 * A hand-written check of a stored progress record, for database upgrades, which run before
 * valibot is loaded. Repairs what has one right answer; anything else is set aside.
 */
import { isItemState, isPlanId } from './ids';
import { isValidLocalDate } from './local-date';
import type { ProgressRecord } from './records';
import { isStamp } from './stamps';

/** The record as it should be stored, or null when it cannot be trusted at all. */
export function repairedProgress(value: unknown): ProgressRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { itemId, planId, state, completedAt, completedOn, updatedAt, updatedBy } = value as Record<
    string,
    unknown
  >;
  if (typeof itemId !== 'string' || itemId === '' || itemId.length > 200) return null;
  if (!isPlanId(planId) || !isItemState(state) || !isStamp(updatedAt)) return null;
  const device =
    typeof updatedBy === 'string' && updatedBy.length <= 64 ? { updatedBy } : undefined;
  if (state === 'open') {
    return { itemId, planId, state, completedAt: null, completedOn: null, updatedAt, ...device };
  }
  // A resolved item needs the day it counts towards; without it the heatmap cannot place it.
  if (!isValidLocalDate(completedOn)) return null;
  // An impossible completion time (seen: 1e308) is the change's own time.
  const at = isStamp(completedAt) ? completedAt : updatedAt;
  return { itemId, planId, state, completedAt: at, completedOn, updatedAt, ...device };
}
