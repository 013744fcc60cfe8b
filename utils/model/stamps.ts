/**
 * Change stamps: a hybrid logical clock. A stamp is milliseconds like `Date.now()`, but each
 * device also remembers the largest stamp it has seen (its clock floor) and stamps every
 * change above it. So a change made after a device has seen another device's state always
 * outranks that state, however wrong either wall clock is.
 */

const MS_PER_DAY = 86_400_000;

/** The largest instant a JavaScript Date can hold; any stamp above it is refused. */
export const MAX_STAMP = 8.64e15;

/**
 * How far ahead of this device's wall clock a seen stamp may raise its clock floor. A device
 * a year fast and another a year slow are two years apart; three years leaves room. A stamp
 * further ahead still merges, but never drags this device's clock with it.
 */
export const CLOCK_HORIZON_MS = 3 * 366 * MS_PER_DAY;

/** A whole, non-negative instant no later than MAX_STAMP. */
export function isStamp(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_STAMP
  );
}

/**
 * The stamp for a change: now, but above the clock floor and above the record it replaces,
 * so it can never tie with (and lose to) any state this device has already seen.
 */
export function nextStamp(now: number, clockFloor: number, previous?: number): number {
  return Math.max(now, clockFloor + 1, previous === undefined ? 0 : previous + 1);
}

/** The clock floor after seeing `stamps`: raised by each one within the horizon of `now`. */
export function observeStamps(clockFloor: number, stamps: Iterable<number>, now: number): number {
  let floor = clockFloor;
  const horizon = now + CLOCK_HORIZON_MS;
  for (const stamp of stamps) {
    if (stamp > floor && stamp <= horizon) floor = stamp;
  }
  return floor;
}
