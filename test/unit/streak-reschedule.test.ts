import { describe, expect, it } from 'vitest';
import { newProfile } from '../../components/screens/SetupScreen';
import { planCalendar } from '../../utils/calendar';
import { getPlan } from '../../utils/curriculum';
import { addDays, fixedClock } from '../../utils/date';
import { saveProfile, setItemState, updateProfile } from '../../utils/db/actions';
import { readActivity, readProfile } from '../../utils/db/queries';
import { localDate } from '../../utils/model/local-date';
import { dayOfPlan } from '../../utils/schedule';
import { rescheduleStartDate } from '../../utils/schedule-status';
import { computeStreak } from '../../utils/streak';
import { openOrFail, uniqueName } from '../support/database';

const ZONE = 'Europe/Berlin';
const START = localDate('2026-03-01');
/** Noon in Berlin (CET) on `date`. */
const noonOn = (date: string) => Date.parse(`${date}T11:00:00Z`);

describe('streaks follow calendar dates, not plan days', () => {
  it('is the same before and after the plan is rescheduled', async () => {
    const db = await openOrFail(uniqueName('streak-reschedule'));
    const plan = getPlan('plan-20');
    const profile = newProfile({ planId: plan.id, startDate: START, language: 'python' }, 0);
    await saveProfile(db, profile);
    // One item of plan days 1…8 ticked on 10…17 March: behind schedule, but every day active.
    const items = plan.phases.flatMap((phase) => phase.days).slice(0, 8);
    for (const [index, planDay] of items.entries()) {
      const itemId = planDay.items[0]?.id ?? '';
      const on = addDays(localDate('2026-03-10'), index);
      await setItemState(
        db,
        { itemId, planId: plan.id, state: 'done' },
        fixedClock(noonOn(on), ZONE),
      );
    }
    const today = localDate('2026-03-18');
    const streakOf = async () => {
      const stored = await readProfile(db);
      return computeStreak({
        activeDates: new Set((await readActivity(db)).keys()),
        today,
        isStudyDay: stored ? planCalendar(stored).isStudyDay : () => true,
      });
    };
    const before = await streakOf();
    expect(before).toMatchObject({ current: 8, freezesBanked: 1, todayDone: false });

    const resolved = new Set(items.map((planDay) => planDay.items[0]?.id ?? ''));
    const newStart = rescheduleStartDate(plan, { startDate: START }, today, resolved);
    expect(dayOfPlan({ startDate: newStart }, today)).not.toBe(
      dayOfPlan({ startDate: START }, today),
    );
    await updateProfile(db, { startDate: newStart }, fixedClock(noonOn(today), ZONE));
    expect((await readProfile(db))?.startDate).toBe(newStart);

    expect(await streakOf()).toEqual(before);
    db.close();
  });
});
