/**
 * The reminder chain as the background runs it (handleReminderAlarm after each alarm),
 * simulated over a year: exactly one notification on every study day, none on days off.
 */
import { describe, expect, it } from 'vitest';
import { planCalendar } from '../../utils/calendar';
import { addDays, type LocalDate, localDateOf } from '../../utils/date';
import { localDate } from '../../utils/model/local-date';
import { handleReminderAlarm, nextReminderAt } from '../../utils/reminder/schedule';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
  'America/Nuuk',
  'America/Scoresbysund',
  'America/Santiago',
  'America/Havana',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Asia/Tehran',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Australia/Adelaide',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Africa/Cairo',
  'Asia/Gaza',
  'Europe/Chisinau',
  'Atlantic/Azores',
];
const TIMES = [
  '00:00',
  '00:30',
  '01:00',
  '02:30',
  '03:00',
  '07:15',
  '12:00',
  '22:00',
  '23:00',
  '23:30',
  '23:59',
];
const FIRST = localDate('2026-01-01');
const DAYS = 366;
// Weekends off, and a week away in spring.
const CALENDAR = planCalendar({
  startDate: FIRST,
  scheduleRules: [{ from: FIRST, restDays: [0, 6] }],
  pauses: [{ from: localDate('2026-04-06'), until: localDate('2026-04-12') }],
});

function simulate(zone: string, time: string, sleep?: { from: number; until: number }) {
  const shown = new Map<LocalDate, number>();
  let notifiedOn: LocalDate | null = null;
  const startAt = Date.parse(`${addDays(FIRST, -2)}T12:00:00Z`);
  const endAt = Date.parse(`${addDays(FIRST, DAYS)}T12:00:00Z`);
  let at = nextReminderAt(startAt, zone, time);
  while (at < endAt) {
    // An alarm due while asleep fires once, on wake.
    const now = sleep && at >= sleep.from && at < sleep.until ? sleep.until : at;
    const outcome = handleReminderAlarm({
      now,
      scheduledTime: at,
      timeZone: zone,
      time,
      notifiedOn,
      due: (date) => CALENDAR.isStudyDay(date),
    });
    if (outcome.notify) shown.set(outcome.notify, (shown.get(outcome.notify) ?? 0) + 1);
    notifiedOn = outcome.notifiedOn;
    expect(outcome.nextAt).toBeGreaterThan(now);
    at = outcome.nextAt;
  }
  return shown;
}

function expectOncePerStudyDay(
  shown: Map<LocalDate, number>,
  skip: ReadonlySet<LocalDate> = new Set(),
) {
  for (let offset = 0; offset < DAYS - 1; offset++) {
    const date = addDays(FIRST, offset);
    if (skip.has(date)) continue;
    expect(shown.get(date) ?? 0, date).toBe(CALENDAR.isStudyDay(date) ? 1 : 0);
  }
  for (const count of shown.values()) expect(count).toBe(1);
}

describe('the reminder chain over a year', () => {
  it.each(ZONES)('notifies exactly once on every study day in %s, at every time', (zone) => {
    for (const time of TIMES) {
      const shown = simulate(zone, time);
      expectOncePerStudyDay(shown);
    }
  });

  it('in Nuuk and Scoresbysund fires on 28 March 2026 although 23:00–23:59 does not exist', () => {
    for (const zone of ['America/Nuuk', 'America/Scoresbysund']) {
      const saturday = localDate('2026-03-28');
      const at = nextReminderAt(Date.parse('2026-03-28T12:00:00Z'), zone, '23:30');
      expect(localDateOf(at, zone)).toBe(saturday);
      const next = nextReminderAt(at, zone, '23:30');
      expect(localDateOf(next, zone)).toBe(localDate('2026-03-29'));
    }
  });

  it('a laptop that sleeps through the reminder notifies once on wake, not again that day', () => {
    const zone = 'Europe/Berlin';
    // Asleep from Monday 2 March 08:00 to Tuesday 3 March 07:00 (Berlin, UTC+1).
    const sleep = {
      from: Date.parse('2026-03-02T07:00:00Z'),
      until: Date.parse('2026-03-03T06:00:00Z'),
    };
    const shown = simulate(zone, '09:00', sleep);
    expect(shown.get(localDate('2026-03-02'))).toBeUndefined(); // missed while asleep
    expect(shown.get(localDate('2026-03-03'))).toBe(1); // on wake, and not again at 09:00
    expectOncePerStudyDay(shown, new Set([localDate('2026-03-02')]));
  });
});
