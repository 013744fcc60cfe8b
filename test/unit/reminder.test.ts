import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getPlan } from '../../utils/curriculum';
import { localDateOf, offsetAt } from '../../utils/date';
import { localDate } from '../../utils/model/local-date';
import {
  isReminderChangedMessage,
  minutesOfReminderTime,
  nextReminderAt,
  REMINDER_CHANGED_MESSAGE,
  reminderText,
  shouldNotify,
} from '../../utils/reminder/schedule';
import { planState } from '../../utils/schedule';

const at = (iso: string): number => Date.parse(iso);
const iso = (instant: number): string => new Date(instant).toISOString();

/** The next reminder, then the one after it, as ISO strings. */
function twoReminders(now: string, timeZone: string, time: string): [string, string] {
  const first = nextReminderAt(at(now), timeZone, time);
  return [iso(first), iso(nextReminderAt(first, timeZone, time))];
}

describe('nextReminderAt', () => {
  it('fires later today, or tomorrow once today’s time has passed', () => {
    // 10:00 in Berlin (CET, UTC+1).
    expect(iso(nextReminderAt(at('2026-01-15T09:00:00Z'), 'Europe/Berlin', '18:30'))).toBe(
      '2026-01-15T17:30:00.000Z',
    );
    expect(iso(nextReminderAt(at('2026-01-15T09:00:00Z'), 'Europe/Berlin', '07:05'))).toBe(
      '2026-01-16T06:05:00.000Z',
    );
  });

  it('never returns the current instant: the alarm that just fired schedules tomorrow', () => {
    const now = at('2026-01-15T17:30:00Z');
    expect(iso(nextReminderAt(now, 'Europe/Berlin', '18:30'))).toBe('2026-01-16T17:30:00.000Z');
  });

  it('handles midnight, including across a DST jump (23 hours apart)', () => {
    expect(twoReminders('2026-03-28T22:59:00Z', 'Europe/Berlin', '00:00')).toEqual([
      '2026-03-28T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ]);
  });

  describe('spring forward: a skipped time fires at the jump', () => {
    it.each([
      // zone, now, time, at the jump, the next day at that wall time
      [
        'Europe/Berlin',
        '2026-03-28T12:00:00Z',
        '02:30',
        '2026-03-29T01:00:00.000Z',
        '2026-03-30T00:30:00.000Z',
      ],
      [
        'America/New_York',
        '2026-03-07T12:00:00Z',
        '02:30',
        '2026-03-08T07:00:00.000Z',
        '2026-03-09T06:30:00.000Z',
      ],
      [
        'Australia/Sydney',
        '2026-10-03T12:00:00Z',
        '02:00',
        '2026-10-03T16:00:00.000Z',
        '2026-10-04T15:00:00.000Z',
      ],
      // Chile skips midnight itself.
      [
        'America/Santiago',
        '2026-09-05T12:00:00Z',
        '00:00',
        '2026-09-06T04:00:00.000Z',
        '2026-09-07T03:00:00.000Z',
      ],
    ])('%s %s', (zone, now, time, jump, nextDay) => {
      expect(twoReminders(now, zone, time)).toEqual([jump, nextDay]);
    });

    it('keeps times outside the gap at their wall time on the day of the jump', () => {
      expect(twoReminders('2026-03-28T12:00:00Z', 'Europe/Berlin', '03:00')).toEqual([
        '2026-03-29T01:00:00.000Z',
        '2026-03-30T01:00:00.000Z',
      ]);
      expect(iso(nextReminderAt(at('2026-03-28T12:00:00Z'), 'Europe/Berlin', '01:59'))).toBe(
        '2026-03-29T00:59:00.000Z',
      );
    });
  });

  describe('fall back: a repeated time fires once, at its first occurrence', () => {
    it.each([
      [
        'Europe/Berlin',
        '2026-10-24T12:00:00Z',
        '02:30',
        '2026-10-25T00:30:00.000Z',
        '2026-10-26T01:30:00.000Z',
      ],
      [
        'America/New_York',
        '2026-10-31T12:00:00Z',
        '01:30',
        '2026-11-01T05:30:00.000Z',
        '2026-11-02T06:30:00.000Z',
      ],
      [
        'Australia/Sydney',
        '2026-04-04T12:00:00Z',
        '02:30',
        '2026-04-04T15:30:00.000Z',
        '2026-04-05T16:30:00.000Z',
      ],
    ])('%s %s', (zone, now, time, first, nextDay) => {
      expect(twoReminders(now, zone, time)).toEqual([first, nextDay]);
    });

    it('does not fire again at the second occurrence when rescheduled in between', () => {
      // 02:45 CEST, after the first 02:30 and before the clocks go back to 02:00 CET.
      expect(iso(nextReminderAt(at('2026-10-25T00:45:00Z'), 'Europe/Berlin', '02:30'))).toBe(
        '2026-10-26T01:30:00.000Z',
      );
    });
  });

  it('rejects a malformed time', () => {
    expect(() => nextReminderAt(0, 'UTC', '24:00')).toThrow(RangeError);
    expect(() => nextReminderAt(0, 'UTC', '9:00')).toThrow(RangeError);
  });

  const ZONES = [
    'Europe/Berlin',
    'America/New_York',
    'Australia/Sydney',
    'America/Santiago',
    'Asia/Kolkata',
    'Pacific/Chatham',
    'UTC',
  ];

  it('lands on the time, or on the jump that skipped it, within the next two local days', () => {
    const input = fc.record({
      now: fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2030-12-31T00:00:00Z') }),
      zone: fc.constantFrom(...ZONES),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    });
    fc.assert(
      fc.property(input, ({ now, zone, hour, minute }) => {
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const next = nextReminderAt(now, zone, time);
        expect(next).toBeGreaterThan(now);
        expect(next - now).toBeLessThanOrEqual(26 * 3_600_000);
        const wallMinutes = Math.floor(
          ((((next + offsetAt(next, zone)) % 86_400_000) + 86_400_000) % 86_400_000) / 60_000,
        );
        const target = minutesOfReminderTime(time) ?? -1;
        const atJump = offsetAt(next - 1, zone) !== offsetAt(next, zone);
        expect(wallMinutes === target || (atJump && wallMinutes > target)).toBe(true);
        // Nothing is skipped: asking just before the answer gives the same answer.
        expect(nextReminderAt(next - 1, zone, time)).toBe(next);
        // One a day: the following one falls on the next local date.
        const following = nextReminderAt(next, zone, time);
        expect(localDateOf(following, zone) > localDateOf(next, zone)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('minutesOfReminderTime', () => {
  it('reads HH:MM and refuses anything else', () => {
    expect(minutesOfReminderTime('00:00')).toBe(0);
    expect(minutesOfReminderTime('23:59')).toBe(1439);
    expect(minutesOfReminderTime('07:30')).toBe(450);
    for (const bad of ['24:00', '7:30', '07:60', '07:30:00', '']) {
      expect(minutesOfReminderTime(bad)).toBeNull();
    }
  });
});

describe('shouldNotify and reminderText', () => {
  const plan = getPlan('plan-20');
  const START = localDate('2026-03-01');
  const dayTwo = planState(plan, { startDate: START }, localDate('2026-03-02'));
  const dayTwoItems = dayTwo.kind === 'active' ? dayTwo.planDay.items.map((item) => item.id) : [];

  it('notifies on a plan day with open items', () => {
    expect(dayTwoItems.length).toBeGreaterThan(1);
    expect(shouldNotify({ state: dayTwo, resolved: new Set() })).toBe(true);
    expect(shouldNotify({ state: dayTwo, resolved: new Set(dayTwoItems.slice(1)) })).toBe(true);
  });

  it('stays quiet on a rest day and in a pause, even with open items', () => {
    const rules = [{ from: START, restDays: [1 as const] }]; // 2026-03-02 is a Monday
    const rest = planState(
      plan,
      { startDate: START, scheduleRules: rules },
      localDate('2026-03-02'),
    );
    const pauses = [{ from: localDate('2026-03-02'), until: null }];
    const paused = planState(plan, { startDate: START, pauses }, localDate('2026-03-02'));
    expect([rest.kind, paused.kind]).toEqual(['rest', 'paused']);
    expect(shouldNotify({ state: rest, resolved: new Set() })).toBe(false);
    expect(shouldNotify({ state: paused, resolved: new Set() })).toBe(false);
  });

  it('stays quiet once every item of today is done or skipped', () => {
    expect(shouldNotify({ state: dayTwo, resolved: new Set(dayTwoItems) })).toBe(false);
  });

  it('stays quiet before the plan starts and after it ends', () => {
    const before = planState(plan, { startDate: START }, localDate('2026-02-27'));
    const after = planState(plan, { startDate: START }, localDate('2026-04-30'));
    expect(before.kind).toBe('not-started');
    expect(after.kind).toBe('ended');
    expect(shouldNotify({ state: before, resolved: new Set() })).toBe(false);
    expect(shouldNotify({ state: after, resolved: new Set() })).toBe(false);
  });

  it('names the day, its focus and title, and what is left', () => {
    if (dayTwo.kind !== 'active') throw new Error('day two should be active');
    const text = reminderText(dayTwo, new Set(dayTwoItems.slice(0, 1)));
    expect(text.title).toBe(`Day 2: ${dayTwo.phase.focus} — ${dayTwo.planDay.title}`);
    expect(text.message).toBe(
      `${dayTwoItems.length - 1} of ${dayTwoItems.length} items left for today.`,
    );
  });
});

describe('reminder-changed message', () => {
  it('recognises only its own message', () => {
    expect(isReminderChangedMessage(REMINDER_CHANGED_MESSAGE)).toBe(true);
    expect(isReminderChangedMessage({ type: 'reminder-changed', extra: 1 })).toBe(true);
    for (const other of [null, 'reminder-changed', { type: 'sync' }, {}]) {
      expect(isReminderChangedMessage(other)).toBe(false);
    }
  });
});
