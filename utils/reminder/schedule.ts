/**
 * The daily reminder's pure half: when it fires next, whether there is anything
 * to remind of, and what it says. The background wires it to alarms.
 */

import { type LocalDate, localDateOf, offsetAt, toDayNumber } from '../date';
import { firstInstantWithOtherOffset } from '../midnight';
import type { PlanState, ResolvedItems } from '../schedule';

/** The message the options page sends the background after saving the reminder time. */
export const REMINDER_CHANGED_MESSAGE = { type: 'reminder-changed' } as const;

export function isReminderChangedMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    'type' in message &&
    message.type === REMINDER_CHANGED_MESSAGE.type
  );
}

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const REMINDER_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after local midnight for an `HH:MM` time, or null when it is not one. */
export function minutesOfReminderTime(time: string): number | null {
  const match = REMINDER_TIME_PATTERN.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * The first instant at which the wall clock in `timeZone` reads `minutes` on
 * the day with `dayNumber`. A time repeated when clocks go back gives its first
 * occurrence; a time skipped when they jump forward gives the instant of the jump, or,
 * when the jump lands on the next date (Nuuk at 23:00), the last minute before it.
 */
function firstInstantAtWallTime(dayNumber: number, minutes: number, timeZone: string): number {
  const wallMs = dayNumber * MS_PER_DAY + minutes * MS_PER_MINUTE;
  // Offsets in force around that day; each yields a candidate instant that is
  // real when the zone really has that offset at it.
  const nearbyOffsets = new Set(
    [wallMs - MS_PER_DAY, wallMs, wallMs + MS_PER_DAY].map((probe) => offsetAt(probe, timeZone)),
  );
  const candidates = [...nearbyOffsets].map((offset) => wallMs - offset);
  const real = candidates.filter((instant) => instant + offsetAt(instant, timeZone) === wallMs);
  if (real.length > 0) return Math.min(...real);
  const earliest = Math.min(...candidates);
  const jump = firstInstantWithOtherOffset(
    earliest,
    Math.max(...candidates),
    offsetAt(earliest, timeZone),
    timeZone,
  );
  return toDayNumber(localDateOf(jump, timeZone)) === dayNumber ? jump : jump - MS_PER_MINUTE;
}

/**
 * The next instant after `now` whose wall time in `timeZone` is `time` (`HH:MM`).
 * Computed one day at a time rather than adding 24 hours, so it stays right
 * across DST changes; a repeated local time fires only once.
 */
export function nextReminderAt(now: number, timeZone: string, time: string): number {
  const minutes = minutesOfReminderTime(time);
  if (minutes === null) throw new RangeError(`Not an HH:MM time: ${time}`);
  const todayNumber = toDayNumber(localDateOf(now, timeZone));
  // Today's occurrence may have passed; tomorrow's always lies ahead, but a
  // zone that skips a whole day (Pacific/Apia, 2011) needs one more.
  for (let dayNumber = todayNumber; dayNumber <= todayNumber + 2; dayNumber++) {
    const instant = firstInstantAtWallTime(dayNumber, minutes, timeZone);
    if (instant > now) return instant;
  }
  throw new Error(`No ${time} in ${timeZone} within two days of ${now}`);
}

/**
 * The next reminder after `after` on a date later than `notifiedOn`, the last local date
 * a notification was shown: a day that had its notification never gets a second one.
 */
export function nextReminderAfter(
  after: number,
  timeZone: string,
  time: string,
  notifiedOn: LocalDate | null,
): number {
  let next = nextReminderAt(after, timeZone, time);
  while (notifiedOn !== null && localDateOf(next, timeZone) <= notifiedOn) {
    next = nextReminderAt(next, timeZone, time);
  }
  return next;
}

export interface AlarmInput {
  /** When the alarm is handled: after a sleep, later than it was set for. */
  readonly now: number;
  readonly scheduledTime: number;
  readonly timeZone: string;
  readonly time: string;
  readonly notifiedOn: LocalDate | null;
  /** Whether `date` is a study day of the plan with open items (see shouldNotify). */
  readonly due: (date: LocalDate) => boolean;
}

export interface AlarmOutcome {
  /** The local date to notify for now, or null for no notification. */
  readonly notify: LocalDate | null;
  readonly notifiedOn: LocalDate | null;
  readonly nextAt: number;
}

/**
 * What a fired alarm does: notify at most once per local date (a missed alarm fires on
 * wake and counts for the day it fires on), then set the next one. The background runs
 * exactly this; a simulation over zones and years tests it.
 */
export function handleReminderAlarm(input: AlarmInput): AlarmOutcome {
  const date = localDateOf(input.now, input.timeZone);
  const notify = input.notifiedOn !== date && input.due(date) ? date : null;
  const notifiedOn = notify ?? input.notifiedOn;
  // The alarm's own time, when later: a worker whose clock reads early cannot set it twice.
  const after = Math.max(input.now, input.scheduledTime);
  return {
    notify,
    notifiedOn,
    nextAt: nextReminderAfter(after, input.timeZone, input.time, notifiedOn),
  };
}

export interface ReminderInput {
  readonly state: PlanState;
  /** Ids of items done or skipped. */
  readonly resolved: ResolvedItems;
}

/**
 * Only a study day of the plan (never a rest day or a pause, as the plan calendar says)
 * with something left to do is worth a notification.
 */
export function shouldNotify({ state, resolved }: ReminderInput): boolean {
  return state.kind === 'active' && state.planDay.items.some((item) => !resolved.has(item.id));
}

export interface ReminderText {
  readonly title: string;
  readonly message: string;
}

type ActivePlanState = Extract<PlanState, { kind: 'active' }>;

/** e.g. "Day 12: Databases — Joins and indexes", with how many items are still open. */
export function reminderText(state: ActivePlanState, resolved: ResolvedItems): ReminderText {
  const { items } = state.planDay;
  const open = items.filter((item) => !resolved.has(item.id)).length;
  return {
    title: `Day ${state.day}: ${state.phase.focus} — ${state.planDay.title}`,
    message: `${open} of ${items.length} ${items.length === 1 ? 'item' : 'items'} left for today.`,
  };
}
