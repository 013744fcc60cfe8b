import { getPlan } from '../../utils/curriculum';
import type { PlanId } from '../../utils/curriculum/types';
import { addDays } from '../../utils/date';
import { localDate } from '../../utils/model/local-date';
import type { NoteRecord, ProfileRecord, ProgressRecord } from '../../utils/model/records';

export const START = Date.UTC(2030, 0, 1, 9);
const DAY_MS = 86_400_000;

export const PROFILE: ProfileRecord = {
  id: 'profile',
  planId: 'plan-90',
  startDate: localDate('2030-01-01'),
  restDays: [0],
  theme: 'system',
  language: 'python',
  reminderTime: null,
  syncEnabled: true,
  onboardedAt: START,
  updatedAt: START,
};

/** An established plan of a device's own, older than PROFILE: sync brings PROFILE in over it. */
export const EARLIER_PLAN: ProfileRecord = {
  ...PROFILE,
  planId: 'plan-20',
  language: 'java',
  updatedAt: START - 60_000,
};

/** Every item of `planId` resolved on its plan day, every fifth one skipped, by three devices. */
export function finishedPlan(planId: PlanId): ProgressRecord[] {
  const plan = getPlan(planId);
  const devices = ['k3j9x0a1b2c3d4e5', 'q7w8e9r0t1y2u3i4', 'z5x6c7v8b9n0m1l2'];
  let index = 0;
  return plan.phases.flatMap((phase) =>
    phase.days.flatMap((day) =>
      day.items.map((item): ProgressRecord => {
        index += 1;
        const at = START + (day.day - 1) * DAY_MS + index * 61_234;
        return {
          itemId: item.id,
          planId,
          state: index % 5 === 0 ? 'skipped' : 'done',
          completedAt: at,
          completedOn: addDays(localDate('2030-01-01'), day.day - 1),
          updatedAt: at,
          updatedBy: devices[index % 3] ?? '',
        };
      }),
    ),
  );
}

export function note(date: string, text: string, updatedAt = START): NoteRecord {
  return { date: localDate(date), text, updatedAt };
}
