/**
 * What a view paints first: today's card from the start-up cache, or on a new day from the
 * active plan's module alone. Never touches Dexie. A cached card is painted only when it
 * agrees with the schedule, so a stale or tampered entry can never show the wrong day.
 */
import { type CalendarProfile, planCalendar } from '../../../utils/calendar';
import { loadPlan } from '../../../utils/curriculum/load-plan';
import type { LocalDate } from '../../../utils/date';
import { readSavedTicks, type SavedTicks } from '../../../utils/db/early-read';
import { PLAN_LENGTHS } from '../../../utils/model/ids';
import type { ProfileRecord } from '../../../utils/model/records';
import type { DayCardModel } from '../../DayCard';
import { readProfileCache } from './profile-cache';
import {
  type BehindStatus,
  type ProfileStamp,
  profileStamp,
  readBehind,
  readTodayView,
} from './today-cache';
import { todayCardModel } from './today-card';

export interface StartupToday {
  readonly profile: ProfileRecord;
  readonly stamp: ProfileStamp;
  readonly card: DayCardModel;
  readonly behind: BehindStatus | null;
}

/** Whether `card` is the card the plan calendar gives `profile` on `today`. */
export function cardAgreesWithSchedule(
  card: DayCardModel,
  profile: CalendarProfile & Pick<ProfileRecord, 'planId'>,
  today: LocalDate,
): boolean {
  const length = PLAN_LENGTHS[profile.planId];
  const calendar = planCalendar(profile);
  const day = calendar.studyDaysBefore(today) + 1;
  return (
    card.isToday &&
    today >= profile.startDate &&
    calendar.isStudyDay(today) &&
    card.planLength === length &&
    card.day === day &&
    day >= 1 &&
    day <= length &&
    card.phaseFirstDay <= day &&
    day <= card.phaseLastDay &&
    card.items.length > 0
  );
}

/** The cached profile (whatever its state), and today's card when there is a plan day today. */
export async function readStartupToday(
  storage: Pick<Storage, 'getItem'>,
  today: LocalDate,
): Promise<{ readonly profile: ProfileRecord | null; readonly today: StartupToday | null }> {
  const profile = readProfileCache(storage);
  if (!profile || profile.onboardedAt === null) return { profile, today: null };
  const stamp = profileStamp(profile);
  const cached = readTodayView(storage, today, stamp);
  const card =
    cached && cardAgreesWithSchedule(cached, profile, today)
      ? cached
      : todayCardModel(await loadPlan(stamp.planId), profile, today);
  if (!card) return { profile, today: null };
  return { profile, today: { profile, stamp, card, behind: readBehind(storage, today, stamp) } };
}

/** The card's saved ticks straight from IndexedDB, or null if unreadable. */
export function readCardTicks(card: DayCardModel): Promise<SavedTicks | null> {
  // Only called with a profile cache, which means the database exists: this never creates it.
  return readSavedTicks(
    globalThis.indexedDB,
    card.items.map((item) => item.id),
  );
}
