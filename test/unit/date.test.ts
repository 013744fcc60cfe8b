import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareLocalDates,
  daysBetween,
  fixedClock,
  formatLongDate,
  fromDayNumber,
  isValidLocalDate,
  localDateOf,
  systemClock,
  toDayNumber,
  today,
  weekdayOf,
} from '../../utils/date';
import { msUntilNextLocalMidnight } from '../../utils/midnight';
import { type LocalDate, localDate } from '../../utils/model/local-date';

const ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'America/Santiago',
  'America/Havana',
  'America/Sao_Paulo',
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'UTC',
] as const;

const HOUR = 3_600_000;
const zone = fc.constantFrom(...ZONES);
// 1971 … 2069: wide enough for many DST rule changes, all integer milliseconds.
const instant = fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2069, 11, 31) });
// Years 1000 … 9000 (room to add days and stay four-digit) so a Date-based oracle can check the pure arithmetic.
const anyLocalDate = fc
  .integer({ min: toDayNumber(localDate('1000-01-01')), max: toDayNumber(localDate('9000-12-31')) })
  .map(fromDayNumber);

/** Independent reading of the wall date: Swedish short dates are ISO `YYYY-MM-DD`. */
function oracleDate(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short' }).format(at);
}

describe('calendar arithmetic', () => {
  it('handles leap days and year ends', () => {
    expect(addDays(localDate('2024-02-28'), 1)).toBe(localDate('2024-02-29'));
    expect(addDays(localDate('2024-02-29'), 1)).toBe(localDate('2024-03-01'));
    expect(addDays(localDate('2100-02-28'), 1)).toBe(localDate('2100-03-01'));
    expect(addDays(localDate('2000-02-28'), 1)).toBe(localDate('2000-02-29'));
    expect(addDays(localDate('2023-12-31'), 1)).toBe(localDate('2024-01-01'));
    expect(addDays(localDate('2024-01-01'), -1)).toBe(localDate('2023-12-31'));
    expect(daysBetween(localDate('2024-01-01'), localDate('2025-01-01'))).toBe(366);
    expect(daysBetween(localDate('2100-01-01'), localDate('2101-01-01'))).toBe(365);
    expect(daysBetween(localDate('2025-01-01'), localDate('2024-01-01'))).toBe(-366);
    expect(fromDayNumber(0)).toBe(localDate('1970-01-01'));
    expect(toDayNumber(localDate('0000-03-01'))).toBe(-719_468);
  });

  it('validates dates strictly', () => {
    for (const good of [
      localDate('2024-02-29'),
      localDate('2000-02-29'),
      localDate('1999-12-31'),
      localDate('0001-01-01'),
    ]) {
      expect(isValidLocalDate(good)).toBe(true);
    }
    for (const bad of [
      '2023-02-29',
      '2100-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-01-00',
      '2024-1-1',
      '2024-01-01T00:00',
      ' 2024-01-01',
      '20240101',
      '',
    ]) {
      expect(isValidLocalDate(bad), bad).toBe(false);
    }
    expect(() => addDays('2024-13-01' as LocalDate, 1)).toThrow(RangeError);
  });

  it('agrees with Date for validity, weekday and day arithmetic', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const asDate = new Date(Date.UTC(year, month - 1, day));
          const roundTrips = asDate.toISOString().slice(0, 10) === text;
          expect(isValidLocalDate(text)).toBe(roundTrips);
          if (roundTrips) {
            expect(weekdayOf(localDate(text))).toBe(asDate.getUTCDay());
            expect(toDayNumber(localDate(text))).toBe(asDate.getTime() / 86_400_000);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('addDays and daysBetween are inverses and order-preserving', () => {
    fc.assert(
      fc.property(anyLocalDate, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        const moved = addDays(date, days);
        expect(isValidLocalDate(moved)).toBe(true);
        expect(daysBetween(date, moved)).toBe(days);
        expect(addDays(moved, -days)).toBe(date);
        expect(compareLocalDates(date, moved)).toBe(Math.sign(days) === 0 ? 0 : -Math.sign(days));
        // ISO strings with four-digit years sort like the calendar.
        expect(Math.sign(date.localeCompare(moved, 'en'))).toBe(compareLocalDates(date, moved));
      }),
      { numRuns: 300 },
    );
  });
});

describe('localDateOf', () => {
  it('puts the same instant on different dates around the date line', () => {
    const noonNewYearsEveUtc = Date.UTC(2024, 11, 31, 12);
    expect(localDateOf(noonNewYearsEveUtc, 'Pacific/Kiritimati')).toBe(localDate('2025-01-01'));
    expect(localDateOf(noonNewYearsEveUtc, 'Pacific/Pago_Pago')).toBe(localDate('2024-12-31'));
    expect(localDateOf(Date.UTC(2024, 1, 28, 18, 15), 'Asia/Kathmandu')).toBe(
      localDate('2024-02-29'),
    );
    expect(localDateOf(Date.UTC(2024, 1, 28, 18, 14, 59, 999), 'Asia/Kathmandu')).toBe(
      localDate('2024-02-28'),
    );
    expect(localDateOf(Date.UTC(2000, 1, 29, 23, 59), 'UTC')).toBe(localDate('2000-02-29'));
  });

  it('matches an independent formatter in every zone', () => {
    fc.assert(
      fc.property(instant, zone, (at, timeZone) => {
        expect(localDateOf(at, timeZone)).toBe(oracleDate(at, timeZone));
      }),
      { numRuns: 400 },
    );
  });

  it('reads dates before 1 CE and before 1970', () => {
    expect(localDateOf(Date.UTC(1969, 11, 31, 23, 59, 59, 999), 'UTC')).toBe(
      localDate('1969-12-31'),
    );
    const yearZeroDay = toDayNumber(localDate('0000-06-15')) * 86_400_000;
    expect(localDateOf(yearZeroDay, 'UTC')).toBe(localDate('0000-06-15'));
  });
});

describe('clocks', () => {
  it('today() reads the injected clock in its zone', () => {
    const at = Date.UTC(2026, 10, 21, 23, 30);
    expect(today(fixedClock(at, 'UTC'))).toBe(localDate('2026-11-21'));
    expect(today(fixedClock(at, 'Asia/Kolkata'))).toBe(localDate('2026-11-22'));
  });

  it('the system clock gives a usable instant and zone', () => {
    expect(Number.isInteger(systemClock.now())).toBe(true);
    expect(isValidLocalDate(today(systemClock))).toBe(true);
  });
});

describe('msUntilNextLocalMidnight', () => {
  /** Local length of the day that starts at `midnightUtc` in `timeZone`. */
  const dayLengthHours = (midnightUtc: number, timeZone: string) =>
    msUntilNextLocalMidnight(midnightUtc, timeZone) / HOUR;

  it('knows 23- and 25-hour days in both hemispheres', () => {
    expect(dayLengthHours(Date.UTC(2024, 2, 10, 5), 'America/New_York')).toBe(23);
    expect(dayLengthHours(Date.UTC(2024, 10, 3, 4), 'America/New_York')).toBe(25);
    expect(dayLengthHours(Date.UTC(2024, 2, 31, 0), 'Europe/London')).toBe(23);
    expect(dayLengthHours(Date.UTC(2024, 9, 26, 23), 'Europe/London')).toBe(25);
    // Sydney: DST ends 7 April, starts 6 October 2024.
    expect(dayLengthHours(Date.UTC(2024, 3, 6, 13), 'Australia/Sydney')).toBe(25);
    expect(dayLengthHours(Date.UTC(2024, 9, 5, 14), 'Australia/Sydney')).toBe(23);
    // Lord Howe shifts by half an hour.
    expect(dayLengthHours(Date.UTC(2024, 3, 6, 13), 'Australia/Lord_Howe')).toBe(24.5);
    expect(dayLengthHours(Date.UTC(2024, 9, 5, 13, 30), 'Australia/Lord_Howe')).toBe(23.5);
    // Santiago falls back at midnight: 6 April 2024 has 25 hours.
    expect(dayLengthHours(Date.UTC(2024, 3, 6, 3), 'America/Santiago')).toBe(25);
  });

  it('when midnight does not exist, the next day starts at the jump', () => {
    // Santiago, 8 September 2024: 00:00 -04 jumps to 01:00 -03, at 04:00 UTC.
    const saturdayNoon = Date.UTC(2024, 8, 7, 16);
    const jump = Date.UTC(2024, 8, 8, 4);
    expect(saturdayNoon + msUntilNextLocalMidnight(saturdayNoon, 'America/Santiago')).toBe(jump);
    expect(dayLengthHours(jump, 'America/Santiago')).toBe(23);
    // Havana, 10 March 2024: 00:00 -05 jumps to 01:00 -04, at 05:00 UTC.
    const havanaEvening = Date.UTC(2024, 2, 10, 4, 30);
    expect(havanaEvening + msUntilNextLocalMidnight(havanaEvening, 'America/Havana')).toBe(
      Date.UTC(2024, 2, 10, 5),
    );
  });

  it('when a whole date is skipped, it stops at the first instant of the new date', () => {
    // Samoa skipped 30 December 2011.
    const lastEvening = Date.UTC(2011, 11, 30, 9); // 23:00 on the 29th, -10
    const next = lastEvening + msUntilNextLocalMidnight(lastEvening, 'Pacific/Apia');
    expect(next).toBe(Date.UTC(2011, 11, 30, 10));
    expect(localDateOf(next, 'Pacific/Apia')).toBe(localDate('2011-12-31'));
  });

  it('a page left open rolls over exactly at the next local date', () => {
    fc.assert(
      fc.property(instant, zone, (at, timeZone) => {
        const wait = msUntilNextLocalMidnight(at, timeZone);
        const dateNow = localDateOf(at, timeZone);
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(26 * HOUR);
        expect(localDateOf(at + wait, timeZone)).toBe(addDays(dateNow, 1));
        expect(localDateOf(at + wait - 1, timeZone)).toBe(dateNow);
      }),
      { numRuns: 400 },
    );
  });

  it('walking midnight to midnight visits every date once, through DST seasons', () => {
    for (const timeZone of ZONES) {
      let at = Date.UTC(2023, 11, 31, 12);
      let date = localDateOf(at, timeZone);
      for (let step = 0; step < 400; step++) {
        at += msUntilNextLocalMidnight(at, timeZone);
        const next = localDateOf(at, timeZone);
        expect(daysBetween(date, next), `${timeZone} after ${date}`).toBe(1);
        date = next;
      }
    }
  });
});

describe('formatLongDate', () => {
  it('spells out the date without shifting it by zone', () => {
    expect(formatLongDate(localDate('2026-11-21'), 'en-GB')).toBe('Saturday, 21 November 2026');
    expect(formatLongDate(localDate('2024-02-29'), 'en-GB')).toBe('Thursday, 29 February 2024');
    expect(formatLongDate(localDate('2024-02-29'))).toContain('2024');
  });
});
