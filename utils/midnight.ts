/**
 * When the local date changes: the next local midnight, or the DST jump that skips it.
 * Kept apart from date.ts, so the start-up path carries none of it.
 */
import { localDateOf, offsetAt, toDayNumber } from './date';

const MS_PER_DAY = 86_400_000;

/**
 * Milliseconds from `instant` to the first later instant whose local date in
 * `timeZone` is after today's. That is 00:00 on most days, but where a DST jump
 * skips midnight (America/Santiago, America/Havana) it is the instant of the jump.
 * Assumes at most one offset change between `instant` and each candidate midnight
 * that does not return to the same offset, which real zone rules satisfy.
 */
export function msUntilNextLocalMidnight(instant: number, timeZone: string): number {
  const nextMidnightWallMs = (toDayNumber(localDateOf(instant, timeZone)) + 1) * MS_PER_DAY;
  let from = instant;
  let offset = offsetAt(instant, timeZone);
  // Each round crosses one offset change; a handful is far more than any zone needs.
  for (let round = 0; round < 8; round++) {
    const candidate = nextMidnightWallMs - offset;
    if (offsetAt(candidate, timeZone) === offset) return candidate - instant;
    const change = firstInstantWithOtherOffset(from, candidate, offset, timeZone);
    const offsetAfterChange = offsetAt(change, timeZone);
    // The jump carries the clock over midnight: the new date begins at the jump.
    if (change + offsetAfterChange >= nextMidnightWallMs) return change - instant;
    from = change;
    offset = offsetAfterChange;
  }
  throw new Error(`Could not find the next midnight in ${timeZone} after ${instant}`);
}

/** Binary search in (from, to] for the first instant whose offset differs from `offset`. */
export function firstInstantWithOtherOffset(
  from: number,
  to: number,
  offset: number,
  timeZone: string,
): number {
  let low = from; // offset here is `offset`
  let high = to; // offset here differs
  while (high - low > 1) {
    const middle = low + Math.floor((high - low) / 2);
    if (offsetAt(middle, timeZone) === offset) low = middle;
    else high = middle;
  }
  return high;
}
