/**
 * Keeps the localStorage copies the new tab paints from in step with IndexedDB.
 * Any view that shows (and so can change) the profile calls these.
 */
import { useEffect } from 'preact/hooks';
import { getPlan } from '../../utils/curriculum';
import type { LocalDate } from '../../utils/date';
import type { Loadable } from '../../utils/db/hooks';
import { writeProfileCache } from '../../utils/db/profile-cache';
import type { ProfileRecord } from '../../utils/db/records';
import { type ProfileStamp, writeTodayView } from './today-cache';
import { todayCardModel } from './today-card';

export function useProfileCacheSync(profile: Loadable<ProfileRecord | undefined>): void {
  useEffect(() => {
    if (profile.status === 'ready') writeProfileCache(localStorage, profile.value ?? null);
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
      writeTodayView(localStorage, null);
      return;
    }
    const stamp: ProfileStamp = {
      planId: profile.planId,
      startDate: profile.startDate,
      language: profile.language,
      updatedAt: profile.updatedAt,
    };
    const card = todayCardModel(getPlan(profile.planId), stamp, today);
    writeTodayView(localStorage, card && { date: today, profile: stamp, card });
  }, [loadable, today]);
}
