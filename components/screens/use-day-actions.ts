import { pausesResumedOn, studyAnywayOn } from '../../utils/calendar';
import type { Plan } from '../../utils/curriculum/types';
import type { LocalDate } from '../../utils/date';
import { completeDay, reopenItems, setItemState, updateProfile } from '../../utils/db/actions';
import { useDatabase } from '../../utils/db/context';
import { nextPlanIdAfter } from '../../utils/model/ids';
import type { ProfileRecord } from '../../utils/model/records';
import { resolvedItemIds } from '../../utils/progress';
import { rescheduleStartDate } from '../../utils/schedule-status';
import { useAppEnvironment } from '../app-context';
import type { useStoreWrites } from '../hooks/use-store-writes';
import type { DayPageActions } from './DayPage';
import { nextDayLine } from './next-day-line';
import type { ProgressMap } from './view-model';

/** The day view's writes, or null until the saved ticks have loaded. */
export function useDayActions(
  plan: Plan,
  profile: ProfileRecord,
  today: LocalDate,
  progress: ProgressMap | null,
  writes: ReturnType<typeof useStoreWrites>,
): DayPageActions | null {
  const db = useDatabase();
  const { clock } = useAppEnvironment();
  if (!progress) return null;
  const patch = (change: Parameters<typeof updateProfile>[1]) =>
    void writes.run(updateProfile(db, change, clock));
  return {
    setItemState: (itemId, state) =>
      void writes.run(setItemState(db, { itemId, planId: plan.id, state }, clock)),
    completeDay: async (day, itemIds) => {
      const result = await writes.run(completeDay(db, plan.id, itemIds, clock));
      const marked = result.ok ? result.marked : undefined;
      if (!marked || marked.size === 0) return null;
      return {
        completion: { day, next: nextDayLine(plan, profile, day, today) },
        undo: () => void writes.run(reopenItems(db, plan.id, marked, clock)),
      };
    },
    catchUp: () =>
      patch({
        startDate: rescheduleStartDate(plan, profile, today, resolvedItemIds(progress.values())),
      }),
    studyAnyway: () => patch(studyAnywayOn(profile, today)),
    resume: () => patch(pausesResumedOn(profile, today)),
    startNextPlan: () => {
      const next = nextPlanIdAfter(plan.id);
      if (next) patch({ planId: next, startDate: today });
    },
  };
}
