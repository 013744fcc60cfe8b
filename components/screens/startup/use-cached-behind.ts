import { useMemo } from 'preact/hooks';
import type { LocalDate } from '../../../utils/date';
import type { ProfileRecord } from '../../../utils/model/records';
import { NO_STORAGE, pageStorage } from './profile-cache';
import { type BehindStatus, profileStamp, readBehind } from './today-cache';

/** The schedule status the last live page cached for this profile and day, read once per change. */
export function useCachedBehind(profile: ProfileRecord, today: LocalDate): BehindStatus | null {
  return useMemo(
    () => readBehind(pageStorage() ?? NO_STORAGE, today, profileStamp(profile)),
    [profile, today],
  );
}
