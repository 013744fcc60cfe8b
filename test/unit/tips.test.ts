import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Phase, Tip, Topic } from '../../utils/curriculum/types';
import { addDays, fromDayNumber, toDayNumber } from '../../utils/date';
import { type LocalDate, localDate } from '../../utils/model/local-date';
import { tipOfTheDay, tipsForPhase } from '../../utils/tips';

function phaseOf(id: string, topics: readonly Topic[], firstDay = 1, length = 10): Phase {
  return {
    id,
    firstDay,
    lastDay: firstDay + length - 1,
    focus: id,
    goal: { text: 'Learn' },
    topics,
    days: [],
  };
}

function tipOf(id: string, topics: readonly Topic[]): Tip {
  return { id, origin: 'skill', topics, text: `Tip ${id}` };
}

const TIPS: readonly Tip[] = [
  tipOf('t-db-2', ['databases']),
  tipOf('t-api', ['apis', 'frameworks']),
  tipOf('t-db-1', ['databases', 'orm']),
  tipOf('t-sec', ['security']),
  tipOf('t-git', ['version-control']),
  tipOf('t-db-3', ['databases']),
];
const DATABASES = phaseOf('p60-databases', ['databases', 'orm'], 11, 10);
const START = localDate('2026-03-01');

const dateArb = fc
  .integer({ min: toDayNumber(localDate('2000-01-01')), max: toDayNumber(localDate('2099-12-31')) })
  .map(fromDayNumber);
const tipsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 15 })
  .map((ids) => ids.map((n) => tipOf(`tip-${n}`, n % 3 === 0 ? ['security'] : ['databases'])));
const phaseArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  firstDay: fc.integer({ min: 1, max: 80 }),
  length: fc.integer({ min: 1, max: 30 }),
});

describe('tipsForPhase', () => {
  it('keeps tips sharing a topic, ordered by id', () => {
    expect(tipsForPhase(DATABASES, TIPS).map((tip) => tip.id)).toEqual([
      't-db-1',
      't-db-2',
      't-db-3',
    ]);
    expect(tipsForPhase(phaseOf('p', ['career']), TIPS)).toEqual([]);
  });

  it('does not depend on the order of the input', () => {
    expect(tipsForPhase(DATABASES, [...TIPS].reverse())).toEqual(tipsForPhase(DATABASES, TIPS));
  });
});

describe('tipOfTheDay', () => {
  const on = (date: LocalDate, offset?: number) =>
    tipOfTheDay({ phase: DATABASES, planStart: START, date, tips: TIPS, offset });
  const phaseStart = addDays(START, DATABASES.firstDay - 1);

  it('shows every fitting tip once before any repeats', () => {
    const firstRound = [0, 1, 2].map((index) => on(addDays(phaseStart, index)).id);
    expect([...firstRound].sort()).toEqual(['t-db-1', 't-db-2', 't-db-3']);
    const secondRound = [3, 4, 5].map((index) => on(addDays(phaseStart, index)).id);
    expect(secondRound).toEqual(firstRound);
  });

  it('uses any tip when none fits', () => {
    const career = phaseOf('p-career', ['career']);
    const picked = tipOfTheDay({ phase: career, planStart: START, date: START, tips: TIPS });
    expect(TIPS).toContain(picked);
  });

  it('needs at least one tip', () => {
    expect(() =>
      tipOfTheDay({ phase: DATABASES, planStart: START, date: START, tips: [] }),
    ).toThrow(RangeError);
  });

  it('a single fitting tip is shown whatever the offset', () => {
    const security = phaseOf('p-sec', ['security']);
    for (const offset of [0, 1, 2]) {
      const input = { phase: security, planStart: START, date: START, tips: TIPS, offset };
      expect(tipOfTheDay(input).id).toBe('t-sec');
    }
  });

  it('depends on the plan start, not just the phase', () => {
    const sequence = (planStart: LocalDate) =>
      Array.from(
        { length: 12 },
        (_, index) =>
          tipOfTheDay({
            phase: phaseOf('p-many', ['databases'], 1, 12),
            planStart,
            date: addDays(planStart, index),
            tips: Array.from({ length: 12 }, (_, n) => tipOf(`many-${n}`, ['databases'])),
          }).id,
      );
    const starts = [
      localDate('2026-01-01'),
      localDate('2026-01-02'),
      localDate('2026-01-03'),
      localDate('2026-01-04'),
    ];
    const distinct = new Set(starts.map((planStart) => sequence(planStart).join()));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('never repeats within a phase while unseen fitting tips remain', () => {
    fc.assert(
      fc.property(phaseArb, tipsArb, dateArb, (shape, tips, planStart) => {
        const phase = phaseOf(shape.id, ['databases'], shape.firstDay, shape.length);
        const fitting = tipsForPhase(phase, tips);
        const pool = fitting.length > 0 ? fitting : tips;
        const firstDate = addDays(planStart, phase.firstDay - 1);
        const shown = Array.from({ length: shape.length }, (_, index) =>
          tipOfTheDay({ phase, planStart, date: addDays(firstDate, index), tips }),
        );
        for (const tip of shown) expect(pool).toContain(tip);
        const firstRound = shown.slice(0, pool.length).map((tip) => tip.id);
        expect(new Set(firstRound).size).toBe(firstRound.length);
      }),
      { numRuns: 300 },
    );
  });

  it('is the same for the same inputs, and tips order does not matter', () => {
    fc.assert(
      fc.property(phaseArb, tipsArb, dateArb, fc.nat(40), (shape, tips, planStart, dayIndex) => {
        const phase = phaseOf(shape.id, ['databases'], shape.firstDay, shape.length);
        const date = addDays(planStart, phase.firstDay - 1 + dayIndex);
        const once = tipOfTheDay({ phase, planStart, date, tips });
        const again = tipOfTheDay({ phase, planStart, date, tips: [...tips].reverse() });
        expect(again).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('"Another tip" offsets visit every other fitting tip and never the day\'s own', () => {
    fc.assert(
      fc.property(phaseArb, tipsArb, dateArb, fc.nat(40), (shape, tips, planStart, dayIndex) => {
        const phase = phaseOf(shape.id, ['databases'], shape.firstDay, shape.length);
        const pool = tipsForPhase(phase, tips);
        const size = pool.length > 0 ? pool.length : tips.length;
        const date = addDays(planStart, phase.firstDay - 1 + dayIndex);
        const pick = (offset: number) => tipOfTheDay({ phase, planStart, date, tips, offset });
        const own = pick(0);
        if (size < 2) return;
        const others = Array.from({ length: size - 1 }, (_, k) => pick(k + 1));
        expect(others).not.toContain(own);
        expect(new Set(others).size).toBe(size - 1);
        expect(pick(size + 3)).not.toBe(own);
      }),
      { numRuns: 300 },
    );
  });
});
