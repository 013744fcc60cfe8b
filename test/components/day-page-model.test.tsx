import { describe, expect, it } from 'vitest';
import { type DayPageInput, dayPageModel } from '../../components/screens/day-page-model';
import { newProfile } from '../../components/screens/SetupScreen';
import { getPlan, TIPS } from '../../utils/curriculum';
import type { LocalDate } from '../../utils/model/local-date';
import { localDate } from '../../utils/model/local-date';
import type { ProgressRecord } from '../../utils/model/records';

const plan = getPlan('plan-20');
const profile = newProfile(
  { planId: 'plan-20', startDate: localDate('2026-03-01'), language: 'java' },
  0,
);

function input(overrides: Partial<DayPageInput>): DayPageInput {
  return {
    plan,
    profile,
    today: localDate('2026-03-05'), // day 5
    progress: new Map(),
    activity: new Map(),
    selectedDay: null,
    tips: TIPS,
    tipOffset: 0,
    savedTicks: null,
    cachedBehind: null,
    ...overrides,
  };
}

function done(itemId: string, on: LocalDate): ProgressRecord {
  return {
    itemId,
    planId: 'plan-20',
    state: 'done',
    completedAt: 1,
    completedOn: on,
    updatedAt: 1,
  };
}

describe('the day page model', () => {
  it('shows today, behind by the open days before it, and a tip that fits the phase', () => {
    const page = dayPageModel(input({}));
    expect(page.todayDay).toBe(5);
    expect(page.card?.day).toBe(5);
    expect(page.behind).toMatchObject({ days: 4, firstUnfinishedDay: 1 });
    const phaseTopics = new Set(plan.phases[1]?.topics);
    expect(page.tip?.topics.some((topic) => phaseTopics.has(topic))).toBe(true);
    expect(page.progressCard.phase?.focus).toBe(page.card?.focus);
  });

  it('uses the cached banner and the early ticks only until the store answers', () => {
    // Day 5 is the last day of the second phase (days 3–5).
    const firstItem = plan.phases[1]?.days[2]?.items[0];
    if (!firstItem) throw new Error('plan data missing');
    const waiting = dayPageModel(
      input({
        progress: null,
        savedTicks: new Map([[firstItem.id, 'done']]),
        cachedBehind: { days: 2, firstUnfinishedDay: 3 },
      }),
    );
    expect(waiting.behind).toEqual({ days: 2, firstUnfinishedDay: 3 });
    expect(waiting.card?.items.find((item) => item.id === firstItem.id)?.state).toBe('done');

    const answered = dayPageModel(
      input({
        savedTicks: new Map([[firstItem.id, 'done']]),
        cachedBehind: { days: 2, firstUnfinishedDay: 3 },
      }),
    );
    expect(answered.behind).toMatchObject({ days: 4 });
    expect(answered.card?.items.find((item) => item.id === firstItem.id)?.state).toBe('open');
  });

  it('counts progress and the streak from the store, and opens another day on request', () => {
    const dayOne = plan.phases[0]?.days[0]?.items ?? [];
    const progress = new Map(
      dayOne.map((item) => [item.id, done(item.id, localDate('2026-03-04'))]),
    );
    const page = dayPageModel(
      input({
        progress,
        activity: new Map([[localDate('2026-03-04'), dayOne.length]]),
        selectedDay: 12,
      }),
    );
    expect(page.overall.resolvedItems).toBe(dayOne.length);
    expect(page.progressCard.streak.current).toBe(1);
    expect(page.shownDay).toBe(12);
    expect(page.card?.isToday).toBe(false);
    expect(page.timeline[0]?.days[0]?.complete).toBe(true);
  });

  it('has no card before the start or after the end, only the headline state', () => {
    expect(dayPageModel(input({ today: localDate('2026-02-20') })).state.kind).toBe('not-started');
    expect(dayPageModel(input({ today: localDate('2026-02-20') })).card).toBeNull();
    expect(dayPageModel(input({ today: localDate('2026-04-01') })).state.kind).toBe('ended');
  });
});
