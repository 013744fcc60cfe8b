import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromDayNumber, type LocalDate, toDayNumber } from '../../utils/date';
import { WEEKDAYS } from '../../utils/model/ids';
import { localDate } from '../../utils/model/local-date';
import {
  addYears,
  judgeStartDate,
  lastPlanDate,
  START_DATE_REACH_YEARS,
  startDateBounds,
} from '../../utils/start-date';

const TODAY = localDate('2026-12-03');
const SEED = 20261203;
const context = { today: TODAY, lengthDays: 60 };

const todayArb = fc
  .integer({ min: toDayNumber(localDate('2020-01-01')), max: toDayNumber(localDate('2035-12-31')) })
  .map(fromDayNumber);
const lengthArb = fc.constantFrom(20, 60, 90);

describe('judgeStartDate: refusals', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0202-12-01', 'short-year'],
    ['0002-01-01', 'short-year'],
    ['202-12-01', 'short-year'],
    ['2026-02-30', 'not-a-date'],
    ['12/01/2026', 'not-a-date'],
    ['2021-12-02', 'too-early'],
    ['2031-12-04', 'too-late'],
  ])('refuses %j as %s', (value, problem) => {
    expect(judgeStartDate(value, context)).toEqual({
      kind: 'refused',
      problem,
      bounds: { min: localDate('2021-12-03'), max: localDate('2031-12-03') },
    });
  });

  it('refuses every year with fewer than four digits, whatever today is', () => {
    fc.assert(
      fc.property(todayArb, fc.integer({ min: 0, max: 999 }), (today, year) => {
        const value = `${String(year).padStart(4, '0')}-06-15`;
        const verdict = judgeStartDate(value, { today, lengthDays: 20 });
        expect(verdict.kind === 'refused' && verdict.problem).toBe('short-year');
      }),
      { numRuns: 200, seed: SEED },
    );
  });
});

describe('judgeStartDate: dates to confirm', () => {
  it('asks when the plan would already be over, counting the days since', () => {
    expect(judgeStartDate('2026-10-04', context)).toEqual({
      kind: 'confirm',
      date: localDate('2026-10-04'),
      reason: 'over',
      days: 60,
    });
    // Its last day is today: not over yet.
    expect(judgeStartDate('2026-10-05', context).kind).toBe('ok');
  });

  it('counts rest days: with weekends off the same start is still running', () => {
    const withWeekends = { ...context, restDays: [0, 6] as const };
    expect(judgeStartDate('2026-10-04', withWeekends).kind).toBe('ok');
  });

  it('asks when the start is more than a year ahead', () => {
    expect(judgeStartDate('2027-12-03', context).kind).toBe('ok');
    expect(judgeStartDate('2027-12-04', context)).toEqual({
      kind: 'confirm',
      date: localDate('2027-12-04'),
      reason: 'far-ahead',
      days: 366,
    });
  });

  it('accepts exactly the dates inside the bounds whose plan is not over and is within a year', () => {
    fc.assert(
      fc.property(
        todayArb,
        lengthArb,
        fc.integer({ min: -3000, max: 3000 }),
        (today, length, shift) => {
          const date = addDays(today, shift);
          const verdict = judgeStartDate(date, { today, lengthDays: length });
          const { min, max } = startDateBounds(today);
          if (date < min || date > max) {
            expect(verdict.kind).toBe('refused');
          } else if (shift <= -length) {
            expect(verdict).toEqual({ kind: 'confirm', date, reason: 'over', days: -shift });
          } else if (date > addYears(today, 1)) {
            expect(verdict).toEqual({ kind: 'confirm', date, reason: 'far-ahead', days: shift });
          } else {
            expect(verdict).toEqual({ kind: 'ok', date });
          }
        },
      ),
      { numRuns: 500, seed: SEED },
    );
  });
});

describe('bounds and helpers', () => {
  it('reaches the same number of years either side of today', () => {
    fc.assert(
      fc.property(todayArb, (today: LocalDate) => {
        const { min, max } = startDateBounds(today);
        const years = START_DATE_REACH_YEARS;
        expect(daysBetween(min, today)).toBeGreaterThanOrEqual(365 * years);
        expect(daysBetween(today, max)).toBeGreaterThanOrEqual(365 * years);
        expect(daysBetween(min, today)).toBeLessThanOrEqual(366 * years);
      }),
      { numRuns: 200, seed: SEED },
    );
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears(localDate('2028-02-29'), 1)).toBe(localDate('2029-02-28'));
    expect(addYears(localDate('2028-02-29'), -4)).toBe(localDate('2024-02-29'));
  });

  it('finds the last plan day with and without rest days', () => {
    fc.assert(
      fc.property(
        todayArb,
        lengthArb,
        fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { maxLength: 6 }),
        (start, length, restDays) => {
          const last = lastPlanDate(start, { today: start, lengthDays: length, restDays });
          if (!last) throw new Error('a plan with a study day a week always ends');
          const span = daysBetween(start, last) + 1;
          expect(span).toBeGreaterThanOrEqual(length);
          if (restDays.length === 0) expect(span).toBe(length);
        },
      ),
      { numRuns: 200, seed: SEED },
    );
  });
});
