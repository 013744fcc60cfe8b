/**
 * Keeps the localStorage copies the new tab paints from in step with IndexedDB.
 * Any view that shows (and so can change) the profile calls these.
 */
import { useEffect } from 'preact/hooks';
import { loadPlan } from '../../../utils/curriculum/load-plan';
import type { Plan } from '../../../utils/curriculum/types';
import type { LocalDate } from '../../../utils/date';
import type { Loadable } from '../../../utils/db/hooks';
import type { ProfileRecord } from '../../../utils/model/records';
import { resolvedItemIds } from '../../../utils/progress';
import { planState } from '../../../utils/schedule';
import { scheduleStatus } from '../../../utils/schedule-status';
import type { ProgressMap } from '../view-model';
import { NO_STORAGE, pageStorage, writeProfileCache } from './profile-cache';
import { profileStamp, writeBehind, writeTodayView } from './today-cache';
import { todayCardModel } from './today-card';

export function useProfileCacheSync(profile: Loadable<ProfileRecord | undefined>): void {
  useEffect(() => {
    if (profile.status === 'ready')
      writeProfileCache(pageStorage() ?? NO_STORAGE, profile.value ?? null);
  }, [profile]);
}

/** Caches today's card for the next new tab's first paint, or clears it when there is none. */
export function useTodayCacheSync(
  loadable: Loadable<ProfileRecord | undefined>,
  today: LocalDate,
): void {
  useEffect(() => {
    if (loadable.status !== 'ready') return;
    const profile = loadable.value;
    if (!profile || profile.onboardedAt === null) {
      writeTodayView(pageStorage() ?? NO_STORAGE, null);
      return;
    }
    let live = true;
    const stamp = profileStamp(profile);
    void loadPlan(profile.planId).then((plan) => {
      if (!live) return;
      const card = todayCardModel(plan, profile, today);
      writeTodayView(pageStorage() ?? NO_STORAGE, card && { date: today, profile: stamp, card });
    });
    return () => {
      live = false;
    };
  }, [loadable, today]);
}

/** Caches whether the plan is behind, so the next first paint puts the banner where it will stay. */
export function useBehindCacheSync(
  profile: ProfileRecord,
  plan: Plan,
  today: LocalDate,
  progress: ProgressMap | null,
): void {
  useEffect(() => {
    if (!progress) return;
    const status = scheduleStatus(
      plan,
      planState(plan, profile, today),
      resolvedItemIds(progress.values()),
    );
    writeBehind(pageStorage() ?? NO_STORAGE, {
      date: today,
      profile: profileStamp(profile),
      behind:
        status.kind === 'behind'
          ? { days: status.days, firstUnfinishedDay: status.firstUnfinishedDay }
          : null,
    });
  }, [profile, plan, today, progress]);
}
