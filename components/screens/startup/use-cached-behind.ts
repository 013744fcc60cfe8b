import { useMemo } from 'preact/hooks';
import type { LocalDate } from '../../../utils/date';
import type { ProfileRecord } from '../../../utils/model/records';
import { profileStamp } from './cache-sync';
import { type BehindStatus, readBehind } from './today-cache';

/** The schedule status the last live page cached for this profile and day, read once per change. */
export function useCachedBehind(profile: ProfileRecord, today: LocalDate): BehindStatus | null {
  return useMemo(() => readBehind(localStorage, today, profileStamp(profile)), [profile, today]);
}
