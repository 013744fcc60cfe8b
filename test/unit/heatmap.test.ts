import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatShortMonth, type LocalDate } from '../../utils/date';
import { localDate } from '../../utils/model/local-date';
import {
  describeHeatmapDay,
  heatLevel,
  heatmapMonthLabels,
  heatmapWeeks,
  RECENT_HEATMAP_WEEKS,
  YEAR_HEATMAP_WEEKS,
} from '../../utils/streak';

const anyDate = fc.integer({ min: 0, max: 4000 }).map((n) => addDays(localDate('2019-01-01'), n));

describe('heatLevel', () => {
  it('gives none nothing, each of the first three items its own level, and a full day the top', () => {
    expect([0, 1, 2, 3, 4, 5, 40].map(heatLevel)).toEqual([0, 1, 2, 3, 4, 4, 4]);
    expect([-1, Number.NaN].map(heatLevel)).toEqual([0, 0]);
  });

  it('never shades more work lighter', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), (a, b) => {
        expect(heatLevel(Math.min(a, b))).toBeLessThanOrEqual(heatLevel(Math.max(a, b)));
      }),
      { seed: 20251203, numRuns: 200 },
    );
  });
});

describe('describeHeatmapDay', () => {
  const day = (count: number, dayOff = false) =>
    describeHeatmapDay({ date: localDate('2025-12-02'), count, future: false, dayOff });

  it('says the day and what was done in words', () => {
    expect(day(2)).toBe('Tue 2 Dec: 2 items');
    expect(day(1)).toBe('Tue 2 Dec: 1 item');
    expect(day(0)).toBe('Tue 2 Dec: No items');
    expect(day(0, true)).toBe('Tue 2 Dec: rest day');
    expect(day(3, true)).toBe('Tue 2 Dec: rest day, 3 items');
  });
});

describe('heatmapMonthLabels', () => {
  it('names a month over the week holding its 1st, and the first column when there is room', () => {
    // Mon 6 Oct to Sun 7 Dec 2025: Nov begins in column 3, Dec in column 8 (Mon 1 Dec).
    const weeks = heatmapWeeks(new Map(), localDate('2025-12-03'), 9);
    expect(heatmapMonthLabels(weeks)).toEqual([
      { column: 0, label: 'Oct' },
      { column: 3, label: 'Nov' },
      { column: 8, label: 'Dec' },
    ]);
    // From Mon 27 Oct: Nov begins in column 0, so the first column is Nov's, once.
    expect(heatmapMonthLabels(weeks.slice(3))[0]).toEqual({ column: 0, label: 'Nov' });
    // From Mon 20 Oct, Nov begins in column 1: too close for an "Oct" before it.
    expect(heatmapMonthLabels(weeks.slice(2))[0]).toEqual({ column: 1, label: 'Nov' });
  });

  it('waits for a month whose 1st is after today', () => {
    // Sat 29 Nov 2025: its week runs to Sun 30 Nov; a week later Mon 1 Dec is still to come.
    const weeks = heatmapWeeks(new Map(), localDate('2025-11-29'), 5);
    expect(heatmapMonthLabels(weeks).map(({ label }) => label)).toEqual(['Nov']);
  });

  it('labels every month begun in range exactly once, in order, never crowded', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: YEAR_HEATMAP_WEEKS }), (today, count) => {
        const weeks = heatmapWeeks(new Map(), today, count);
        const labels = heatmapMonthLabels(weeks);
        const firsts = weeks
          .flatMap((week, column) => week.map((cell) => ({ cell, column })))
          .filter(({ cell }) => !cell.future && cell.date.endsWith('-01'));
        const opening = labels[0]?.column === 0 && firsts[0]?.column !== 0 ? 1 : 0;
        expect(labels.slice(opening)).toEqual(
          firsts.map(({ cell, column }) => ({ column, label: formatShortMonth(cell.date) })),
        );
        labels.slice(1).forEach(({ column }, index) => {
          expect(column - (labels[index]?.column ?? -3)).toBeGreaterThanOrEqual(3);
        });
      }),
      { seed: 20251203, numRuns: 300 },
    );
  });
});

describe('the heatmap ranges', () => {
  it('has the year reach back 365 days, each day in it exactly once, and the short view end it', () => {
    fc.assert(
      fc.property(anyDate, (today) => {
        const cells = heatmapWeeks(new Map(), today, YEAR_HEATMAP_WEEKS).flat();
        const past = cells.filter((cell) => !cell.future).map((cell) => cell.date);
        const first = past[0] ?? today;
        expect(daysBetween(first, today)).toBeGreaterThanOrEqual(364);
        expect(new Set(past).size).toBe(past.length);
        const everyDay: LocalDate[] = [];
        for (let day = first; day <= today; day = addDays(day, 1)) everyDay.push(day);
        expect(past).toEqual(everyDay);
        const recent = heatmapWeeks(new Map(), today, RECENT_HEATMAP_WEEKS).flat();
        expect(cells.slice(-recent.length)).toEqual(recent);
      }),
      { seed: 20251203, numRuns: 100 },
    );
  });
});

describe('formatShortMonth', () => {
  it('names the month in short English, whatever the viewer’s zone', () => {
    expect(formatShortMonth(localDate('2025-12-31'))).toBe('Dec');
    expect(formatShortMonth(localDate('2026-01-01'))).toBe('Jan');
  });
});
