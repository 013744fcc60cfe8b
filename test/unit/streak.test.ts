import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate, weekdayOf } from '../../utils/date';
import { computeStreak, heatmapWeeks } from '../../utils/streak';

// 2026-11-21 is a Saturday; 2026-11-15 and 2026-11-22 are Sundays.
const TODAY = '2026-11-21';
const SUNDAY = 0;
const SATURDAY = 6;

/** Active dates given as days before TODAY (0 = today). */
const activeDaysAgo = (...daysAgo: number[]): Set<LocalDate> =>
  new Set(daysAgo.map((ago) => addDays(TODAY, -ago)));

describe('computeStreak', () => {
  it('has no streak without activity', () => {
    expect(computeStreak({ activeDates: new Set(), today: TODAY, restDays: [] })).toEqual({
      current: 0,
      best: 0,
      todayDone: false,
      lastActive: null,
    });
  });

  it('counts consecutive days including today', () => {
    const streak = computeStreak({
      activeDates: activeDaysAgo(0, 1, 2),
      today: TODAY,
      restDays: [],
    });
    expect(streak).toEqual({ current: 3, best: 3, todayDone: true, lastActive: TODAY });
  });

  it('keeps the streak while today is still open', () => {
    const streak = computeStreak({ activeDates: activeDaysAgo(1, 2), today: TODAY, restDays: [] });
    expect(streak).toEqual({ current: 2, best: 2, todayDone: false, lastActive: '2026-11-20' });
  });

  it('a missed day ends the run but not the best', () => {
    const streak = computeStreak({
      activeDates: activeDaysAgo(0, 2, 3, 4, 5),
      today: TODAY,
      restDays: [],
    });
    expect(streak).toMatchObject({ current: 1, best: 4 });
    expect(
      computeStreak({ activeDates: activeDaysAgo(2, 3), today: TODAY, restDays: [] }),
    ).toMatchObject({ current: 0, best: 2, lastActive: '2026-11-19' });
  });

  it('bridges rest days without counting them', () => {
    // Sunday 15th is a rest day with no activity; Sat 14th and Mon 16th–Fri 20th active.
    const activeDates = activeDaysAgo(1, 2, 3, 4, 5, 7);
    expect(computeStreak({ activeDates, today: TODAY, restDays: [SUNDAY] })).toMatchObject({
      current: 6,
      best: 6,
    });
    expect(computeStreak({ activeDates, today: TODAY, restDays: [] })).toMatchObject({
      current: 5,
    });
  });

  it('counts a rest day that had activity', () => {
    const activeDates = activeDaysAgo(1, 2, 3, 4, 5, 6, 7);
    expect(computeStreak({ activeDates, today: TODAY, restDays: [SUNDAY] })).toMatchObject({
      current: 7,
    });
  });

  it('a rest day today does not need activity', () => {
    const streak = computeStreak({
      activeDates: activeDaysAgo(1, 2),
      today: TODAY,
      restDays: [SATURDAY],
    });
    expect(streak).toMatchObject({ current: 2, todayDone: false });
  });

  it('ends when every day is a rest day, and ignores future or malformed dates', () => {
    const streak = computeStreak({
      activeDates: new Set([addDays(TODAY, -30), addDays(TODAY, 2), 'not-a-date']),
      today: TODAY,
      restDays: [0, 1, 2, 3, 4, 5, 6],
    });
    expect(streak).toEqual({
      current: 1,
      best: 1,
      todayDone: false,
      lastActive: addDays(TODAY, -30),
    });
  });

  /** Backward count of active days ending at `end`, bridging rest days. */
  function runEndingAt(
    active: ReadonlySet<LocalDate>,
    end: LocalDate,
    rest: ReadonlySet<number>,
    earliest: LocalDate,
  ): number {
    let count = 0;
    for (let date = end; date >= earliest; date = addDays(date, -1)) {
      if (active.has(date)) count++;
      else if (!rest.has(weekdayOf(date))) break;
    }
    return count;
  }

  it('matches a backward count from today and from every active day', () => {
    const input = fc.record({
      daysAgo: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 35 }),
      restDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
      today: fc.constantFrom('2026-11-21', '2024-03-01', '2100-03-02', '2000-01-03'),
    });
    fc.assert(
      fc.property(input, ({ daysAgo, restDays, today }) => {
        const active = new Set(daysAgo.map((ago) => addDays(today, -ago)));
        const rest = new Set(restDays);
        const streak = computeStreak({ activeDates: active, today, restDays });
        const earliest = addDays(today, -40);
        const todayDone = active.has(today);
        const currentEnd = todayDone || rest.has(weekdayOf(today)) ? today : addDays(today, -1);
        expect(streak.current).toBe(runEndingAt(active, currentEnd, rest, earliest));
        const bestRun = Math.max(
          0,
          ...[...active].map((d) => runEndingAt(active, d, rest, earliest)),
        );
        expect(streak.best).toBe(Math.max(bestRun, streak.current));
        expect(streak.todayDone).toBe(todayDone);
        const latest = [...active].sort().at(-1) ?? null;
        expect(streak.lastActive).toBe(latest);
      }),
      { numRuns: 300 },
    );
  });
});

describe('heatmapWeeks', () => {
  const counts = new Map<LocalDate, number>([
    ['2026-11-21', 3],
    ['2026-11-16', 1],
    ['2026-11-02', 2],
    ['2026-11-22', 9], // tomorrow: never shown
  ]);

  it('lays out Monday-first weeks ending with the one holding today', () => {
    const grid = heatmapWeeks(counts, TODAY, 3);
    expect(grid).toHaveLength(3);
    expect(grid.map((week) => week[0]?.date)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    const last = grid[2] ?? [];
    expect(last.map((cell) => cell.count)).toEqual([1, 0, 0, 0, 0, 3, 0]);
    expect(last.map((cell) => cell.future)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(grid[0]?.[0]).toEqual({ date: '2026-11-02', count: 2, future: false });
  });

  it('gives nothing for zero weeks', () => {
    expect(heatmapWeeks(counts, TODAY, 0)).toEqual([]);
  });

  it('covers contiguous dates with today in the last column', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n)),
        fc.integer({ min: 1, max: 53 }),
        (today, weeks) => {
          const cells = heatmapWeeks(new Map(), today, weeks).flat();
          expect(cells).toHaveLength(weeks * 7);
          expect(weekdayOf(cells[0]?.date ?? '')).toBe(1);
          const firstDate = cells[0]?.date ?? '';
          const expectedDates = cells.map((_, index) => addDays(firstDate, index));
          expect(cells.map((cell) => cell.date)).toEqual(expectedDates);
          expect(cells.map((cell) => cell.future)).toEqual(expectedDates.map((d) => d > today));
          expect(cells.slice(-7).some((cell) => cell.date === today)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
