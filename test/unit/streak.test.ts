import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type LocalDate, localDateOf, weekdayOf } from '../../utils/date';
import { localDate } from '../../utils/model/local-date';
import { nextReminderAt } from '../../utils/reminder/schedule';
import {
  computeStreak,
  DAYS_PER_FREEZE,
  heatmapWeeks,
  MAX_BANKED_FREEZES,
} from '../../utils/streak';

// 2026-11-21 is a Saturday; 2026-11-15 and 2026-11-22 are Sundays.
const TODAY = localDate('2026-11-21');
const SUNDAY = 0;
const SATURDAY = 6;

/** Active dates given as days before TODAY (0 = today). */
const activeDaysAgo = (...daysAgo: number[]): Set<LocalDate> =>
  new Set(daysAgo.map((ago) => addDays(TODAY, -ago)));

/** A calendar of weekly rest days only, as the plan calendar gives without pauses. */
const weekly =
  (restDays: readonly number[]) =>
  (date: LocalDate): boolean =>
    !restDays.includes(weekdayOf(date));

describe('computeStreak', () => {
  it('has no streak without activity', () => {
    expect(computeStreak({ activeDates: new Set(), today: TODAY, isStudyDay: weekly([]) })).toEqual(
      {
        current: 0,
        best: 0,
        todayDone: false,
        lastActive: null,
        freezesBanked: 0,
        freezesUsed: [],
      },
    );
  });

  it('counts consecutive days including today', () => {
    const streak = computeStreak({
      activeDates: activeDaysAgo(0, 1, 2),
      today: TODAY,
      isStudyDay: weekly([]),
    });
    expect(streak).toMatchObject({ current: 3, best: 3, todayDone: true, lastActive: TODAY });
  });

  it('keeps the streak while today is still open', () => {
    const streak = computeStreak({
      activeDates: activeDaysAgo(1, 2),
      today: TODAY,
      isStudyDay: weekly([]),
    });
    expect(streak).toMatchObject({
      current: 2,
      best: 2,
      todayDone: false,
      lastActive: localDate('2026-11-20'),
    });
  });

  it('a missed day ends the run but not the best', () => {
    const streak = computeStreak({
      activeDates: activeDaysAgo(0, 2, 3, 4, 5),
      today: TODAY,
      isStudyDay: weekly([]),
    });
    expect(streak).toMatchObject({ current: 1, best: 4 });
    expect(
      computeStreak({ activeDates: activeDaysAgo(2, 3), today: TODAY, isStudyDay: weekly([]) }),
    ).toMatchObject({ current: 0, best: 2, lastActive: localDate('2026-11-19') });
  });

  it('bridges rest days without counting them', () => {
    // Sunday 15th is a rest day with no activity; Sat 14th and Mon 16th–Fri 20th active.
    const activeDates = activeDaysAgo(1, 2, 3, 4, 5, 7);
    expect(
      computeStreak({ activeDates, today: TODAY, isStudyDay: weekly([SUNDAY]) }),
    ).toMatchObject({
      current: 6,
      best: 6,
    });
    expect(computeStreak({ activeDates, today: TODAY, isStudyDay: weekly([]) })).toMatchObject({
      current: 5,
    });
  });

  it('counts a rest day that had activity', () => {
    const activeDates = activeDaysAgo(1, 2, 3, 4, 5, 6, 7);
    expect(
      computeStreak({ activeDates, today: TODAY, isStudyDay: weekly([SUNDAY]) }),
    ).toMatchObject({
      current: 7,
    });
  });

  it('a rest day today does not need activity', () => {
    const streak = computeStreak({
      activeDates: activeDaysAgo(1, 2),
      today: TODAY,
      isStudyDay: weekly([SATURDAY]),
    });
    expect(streak).toMatchObject({ current: 2, todayDone: false });
  });

  it('ends when every day is a rest day, and ignores future or malformed dates', () => {
    const streak = computeStreak({
      activeDates: new Set([addDays(TODAY, -30), addDays(TODAY, 2), 'not-a-date' as LocalDate]),
      today: TODAY,
      isStudyDay: weekly([0, 1, 2, 3, 4, 5, 6]),
    });
    expect(streak).toEqual({
      current: 1,
      best: 1,
      todayDone: false,
      lastActive: addDays(TODAY, -30),
      freezesBanked: 0,
      freezesUsed: [],
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

  it('matches a backward count while no run is long enough to earn a freeze, and only grows with freezes', () => {
    const input = fc.record({
      daysAgo: fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 35 }),
      restDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
      today: fc.constantFrom(
        localDate('2026-11-21'),
        localDate('2024-03-01'),
        localDate('2100-03-02'),
        localDate('2000-01-03'),
      ),
    });
    fc.assert(
      fc.property(input, ({ daysAgo, restDays, today }) => {
        const active = new Set(daysAgo.map((ago) => addDays(today, -ago)));
        const rest = new Set(restDays);
        const streak = computeStreak({ activeDates: active, today, isStudyDay: weekly(restDays) });
        const earliest = addDays(today, -40);
        const todayDone = active.has(today);
        const currentEnd = todayDone || rest.has(weekdayOf(today)) ? today : addDays(today, -1);
        const currentRun = runEndingAt(active, currentEnd, rest, earliest);
        const bestRun = Math.max(
          0,
          ...[...active].map((d) => runEndingAt(active, d, rest, earliest)),
        );
        if (bestRun < DAYS_PER_FREEZE) {
          expect(streak.current).toBe(currentRun);
          expect(streak.best).toBe(Math.max(bestRun, streak.current));
          expect(streak.freezesBanked).toBe(0);
          expect(streak.freezesUsed).toEqual([]);
        } else {
          expect(streak.current).toBeGreaterThanOrEqual(currentRun);
          expect(streak.best).toBeGreaterThanOrEqual(bestRun);
        }
        expect(streak.todayDone).toBe(todayDone);
        const latest = [...active].sort().at(-1) ?? null;
        expect(streak.lastActive).toBe(latest);
      }),
      { numRuns: 300 },
    );
  });
});

describe('computeStreak: freezes', () => {
  it('earns a freeze at 7 active days and banks it', () => {
    const streak = computeStreak({
      activeDates: activeDaysAgo(1, 2, 3, 4, 5, 6, 7),
      today: TODAY,
      isStudyDay: weekly([]),
    });
    expect(streak).toMatchObject({ current: 7, freezesBanked: 1, freezesUsed: [] });
    expect(
      computeStreak({
        activeDates: activeDaysAgo(1, 2, 3, 4, 5, 6),
        today: TODAY,
        isStudyDay: weekly([]),
      }),
    ).toMatchObject({ current: 6, freezesBanked: 0 });
  });

  it('spends a banked freeze on a missed day and the run goes on without growing', () => {
    // Active 9 to 3 days ago (7 days), nothing 2 days ago (Thu 19th), active yesterday.
    const streak = computeStreak({
      activeDates: activeDaysAgo(1, 3, 4, 5, 6, 7, 8, 9),
      today: TODAY,
      isStudyDay: weekly([]),
    });
    expect(streak).toMatchObject({
      current: 8,
      best: 8,
      freezesBanked: 0,
      freezesUsed: [localDate('2026-11-19')],
    });
  });

  it('breaks on a missed day with no freeze left and empties the bank', () => {
    // One freeze covers Wed 18th; Thu 19th breaks the run.
    const streak = computeStreak({
      activeDates: activeDaysAgo(1, 4, 5, 6, 7, 8, 9, 10),
      today: TODAY,
      isStudyDay: weekly([]),
    });
    expect(streak).toMatchObject({ current: 1, best: 7, freezesBanked: 0, freezesUsed: [] });
  });

  it('banks at most two: a third earned with a full bank is lost', () => {
    const threeWeeks = Array.from({ length: 21 }, (_, index) => index + 5); // 5…25 days ago
    const full = computeStreak({
      activeDates: activeDaysAgo(...threeWeeks.map((ago) => ago - 4)),
      today: TODAY,
      isStudyDay: weekly([]),
    });
    expect(full).toMatchObject({ current: 21, freezesBanked: 2 });

    // Two missed days (4 and 3 days ago) are covered, the earned third is not there for a third.
    const twoCovered = computeStreak({
      activeDates: activeDaysAgo(1, 2, ...threeWeeks),
      today: TODAY,
      isStudyDay: weekly([]),
    });
    expect(twoCovered).toMatchObject({
      current: 23,
      freezesBanked: 0,
      freezesUsed: [localDate('2026-11-17'), localDate('2026-11-18')],
    });
    const threeMissed = computeStreak({
      activeDates: activeDaysAgo(1, ...threeWeeks),
      today: TODAY,
      isStudyDay: weekly([]),
    });
    expect(threeMissed).toMatchObject({ current: 1, best: 21, freezesUsed: [] });
  });

  it('never spends a freeze on today while it is still open', () => {
    expect(
      computeStreak({
        activeDates: activeDaysAgo(1, 2, 3, 4, 5, 6, 7),
        today: TODAY,
        isStudyDay: weekly([]),
      }),
    ).toMatchObject({ current: 7, freezesBanked: 1, freezesUsed: [], todayDone: false });
  });

  it('covers only yesterday when today is still open after a missed day', () => {
    const streak = computeStreak({
      activeDates: activeDaysAgo(2, 3, 4, 5, 6, 7, 8),
      today: TODAY,
      isStudyDay: weekly([]),
    });
    expect(streak).toMatchObject({
      current: 7,
      freezesBanked: 0,
      freezesUsed: [localDate('2026-11-20')],
    });
  });

  it('does not spend freezes on rest days', () => {
    // Sat 7th–Sat 14th active (8 days, one freeze), Sun 15th a rest day, Mon 16th missed,
    // Tue 17th–today active.
    const activeDates = activeDaysAgo(0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13, 14);
    expect(
      computeStreak({ activeDates, today: TODAY, isStudyDay: weekly([SUNDAY]) }),
    ).toMatchObject({
      current: 13,
      freezesBanked: 0,
      freezesUsed: [localDate('2026-11-16')],
    });
    // Without the rest day, Sunday spends the freeze and Monday ends the run.
    expect(computeStreak({ activeDates, today: TODAY, isStudyDay: weekly([]) })).toMatchObject({
      current: 5,
      best: 8,
      freezesBanked: 0,
      freezesUsed: [],
    });
  });

  it('counts activity on a rest day towards the next freeze', () => {
    // Sun 15th is a rest day, but ticking it still counts: 7 active days.
    const streak = computeStreak({
      activeDates: activeDaysAgo(0, 1, 2, 3, 4, 5, 6),
      today: TODAY,
      isStudyDay: weekly([SUNDAY]),
    });
    expect(streak).toMatchObject({ current: 7, freezesBanked: 1 });
  });

  it('keeps its invariants and is deterministic whatever the order of the dates', () => {
    const input = fc.record({
      daysAgo: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 58 }),
      restDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
      today: fc.constantFrom(
        localDate('2026-11-21'),
        localDate('2024-03-01'),
        localDate('2026-03-29'),
        localDate('2026-10-25'),
      ),
      seed: fc.integer(),
    });
    fc.assert(
      fc.property(input, ({ daysAgo, restDays, today, seed }) => {
        const dates = daysAgo.map((ago) => addDays(today, -ago));
        const streak = computeStreak({
          activeDates: new Set(dates),
          today,
          isStudyDay: weekly(restDays),
        });
        const shuffled = [...dates].sort(
          (a, b) => ((a.charCodeAt(9) * seed) % 7) - ((b.charCodeAt(9) * seed) % 7),
        );
        expect(
          computeStreak({ activeDates: new Set(shuffled), today, isStudyDay: weekly(restDays) }),
        ).toEqual(streak);

        expect(streak.freezesBanked).toBeGreaterThanOrEqual(0);
        expect(streak.freezesBanked).toBeLessThanOrEqual(MAX_BANKED_FREEZES);
        // Each freeze banked or spent was earned by 7 active days of this same run.
        expect(streak.freezesBanked + streak.freezesUsed.length).toBeLessThanOrEqual(
          Math.floor(streak.current / DAYS_PER_FREEZE),
        );
        const used = streak.freezesUsed;
        expect([...used].sort()).toEqual(used);
        for (const date of used) {
          expect(date < today).toBe(true);
          expect(dates.includes(date)).toBe(false);
          expect(restDays.includes(weekdayOf(date))).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('computeStreak: dates from instants across time zones and DST weeks', () => {
  /** One tick a day at `time` local, over `days` days from `from`, as the app stores them. */
  function dailyTicks(from: string, timeZone: string, time: string, days: number): LocalDate[] {
    const dates: LocalDate[] = [];
    let instant = Date.parse(from);
    for (let day = 0; day < days; day++) {
      instant = nextReminderAt(instant, timeZone, time);
      dates.push(localDateOf(instant, timeZone));
    }
    return dates;
  }

  const DST_WEEKS = [
    ['Europe/Berlin', '2026-03-22T12:00:00Z'],
    ['Europe/Berlin', '2026-10-18T12:00:00Z'],
    ['America/New_York', '2026-03-01T12:00:00Z'],
    ['America/New_York', '2026-10-25T12:00:00Z'],
    ['Australia/Sydney', '2026-03-29T00:00:00Z'],
    ['Australia/Sydney', '2026-09-27T00:00:00Z'],
    ['America/Santiago', '2026-08-30T12:00:00Z'],
  ] as const;

  it.each(
    DST_WEEKS.flatMap(([zone, from]) =>
      ['00:30', '02:30', '23:30'].map((time) => [zone, from, time]),
    ),
  )('ticks every day in %s from %s at %s make an unbroken run', (zone, from, time) => {
    const dates = dailyTicks(from, zone, time, 14);
    expect(new Set(dates).size).toBe(14);
    const today = dates.at(-1) ?? TODAY;
    expect(
      computeStreak({ activeDates: new Set(dates), today, isStudyDay: weekly([]) }),
    ).toMatchObject({
      current: 14,
      todayDone: true,
      freezesUsed: [],
      freezesBanked: 2,
    });
  });

  it.each(DST_WEEKS)('a freeze covers the exact missed date in %s from %s', (zone, from) => {
    const dates = dailyTicks(from, zone, '23:30', 12);
    const missed = dates[8] ?? '';
    const kept = dates.filter((date) => date !== missed);
    const today = dates.at(-1) ?? TODAY;
    expect(
      computeStreak({ activeDates: new Set(kept), today, isStudyDay: weekly([]) }),
    ).toMatchObject({
      current: 11,
      freezesUsed: [missed],
      freezesBanked: 0,
    });
  });
});

describe('heatmapWeeks', () => {
  const counts = new Map<LocalDate, number>([
    [localDate('2026-11-21'), 3],
    [localDate('2026-11-16'), 1],
    [localDate('2026-11-02'), 2],
    [localDate('2026-11-22'), 9], // tomorrow: never shown
  ]);

  it('lays out Monday-first weeks ending with the one holding today', () => {
    const grid = heatmapWeeks(counts, TODAY, 3);
    expect(grid).toHaveLength(3);
    expect(grid.map((week) => week[0]?.date)).toEqual([
      localDate('2026-11-02'),
      localDate('2026-11-09'),
      localDate('2026-11-16'),
    ]);
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
    expect(grid[0]?.[0]).toEqual({
      date: localDate('2026-11-02'),
      count: 2,
      future: false,
      dayOff: false,
    });
  });

  it('marks the days off the plan calendar gives it', () => {
    const grid = heatmapWeeks(counts, TODAY, 2, weekly([SUNDAY]));
    expect(
      grid
        .flat()
        .filter((cell) => cell.dayOff)
        .map((cell) => weekdayOf(cell.date)),
    ).toEqual([SUNDAY, SUNDAY]);
  });

  it('gives nothing for zero weeks', () => {
    expect(heatmapWeeks(counts, TODAY, 0)).toEqual([]);
  });

  it('covers contiguous dates with today in the last column', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }).map((n) => addDays(localDate('2020-01-01'), n)),
        fc.integer({ min: 1, max: 53 }),
        (today, weeks) => {
          const cells = heatmapWeeks(new Map(), today, weeks).flat();
          expect(cells).toHaveLength(weeks * 7);
          const firstDate = cells[0]?.date ?? today;
          expect(weekdayOf(firstDate)).toBe(1);
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
