import { describe, expect, it } from 'vitest';
import { PLAN_IDS, PLANS, TIPS } from '../../utils/curriculum/index';
import { addDays } from '../../utils/date';
import { localDate } from '../../utils/model/local-date';
import { firstUnfinishedDay, planProgress } from '../../utils/progress';
import { planState } from '../../utils/schedule';
import { rescheduleStartDate, scheduleStatus } from '../../utils/schedule-status';
import { tipOfTheDay, tipsForPhase } from '../../utils/tips';

const START = localDate('2026-10-24'); // spans the October/November DST changes

describe.each(PLAN_IDS)('the shipped %s', (planId) => {
  const plan = PLANS[planId];

  it('resolves every day 1…N to its own checklist', () => {
    for (let day = 1; day <= plan.lengthDays; day++) {
      const state = planState(plan, { startDate: START }, addDays(START, day - 1));
      if (state.kind !== 'active') throw new Error(`day ${day} is ${state.kind}`);
      expect(state.planDay.day).toBe(day);
      expect(state.planDay.items.length).toBeGreaterThan(0);
      expect(state.phase.firstDay <= day && day <= state.phase.lastDay).toBe(true);
    }
    expect(planState(plan, { startDate: START }, addDays(START, -1)).kind).toBe('not-started');
    expect(planState(plan, { startDate: START }, addDays(START, plan.lengthDays)).kind).toBe(
      'ended',
    );
  });

  it('gives every phase fitting tips, none repeated while others are unseen', () => {
    for (const phase of plan.phases) {
      const fitting = tipsForPhase(phase, TIPS);
      expect(fitting.length, phase.id).toBeGreaterThan(0);
      const phaseLength = phase.lastDay - phase.firstDay + 1;
      const shown = Array.from({ length: Math.min(phaseLength, fitting.length) }, (_, index) =>
        tipOfTheDay({
          phase,
          planStart: START,
          date: addDays(START, phase.firstDay - 1 + index),
          tips: TIPS,
        }),
      );
      for (const tip of shown) expect(fitting).toContain(tip);
      expect(new Set(shown).size).toBe(shown.length);
    }
  });

  it('counts as finished, and on track, once every item is resolved', () => {
    const everyItem = new Set(
      plan.phases.flatMap((phase) => phase.days.flatMap((d) => d.items.map((item) => item.id))),
    );
    const progress = planProgress(plan, everyItem);
    expect(progress).toMatchObject({ fraction: 1, completedDays: plan.lengthDays });
    expect(firstUnfinishedDay(plan, everyItem)).toBeNull();
    const lastDay = addDays(START, plan.lengthDays - 1);
    const onLastDay = planState(plan, { startDate: START }, lastDay);
    expect(scheduleStatus(plan, onLastDay, everyItem)).toEqual({ kind: 'on-track' });
    const afterIt = planState(plan, { startDate: START }, addDays(lastDay, 1));
    expect(scheduleStatus(plan, afterIt, everyItem)).toEqual({ kind: 'finished' });
    expect(rescheduleStartDate(plan, { startDate: START }, lastDay, new Set())).toBe(lastDay);
  });
});
