/**
 * The new tab's start-up cache: today's card, exactly as the page shows it while the
 * saved ticks load, kept in localStorage so the first paint needs neither IndexedDB nor
 * valibot. Everything read back is validated by hand and keyed on the local date and the
 * profile fields it came from, so a stale entry is ignored rather than shown.
 */
import {
  isItemState,
  isLanguage,
  isPlanId,
  type Language,
  type PlanId,
} from '../../../utils/model/ids';
import { isValidLocalDate, type LocalDate } from '../../../utils/model/local-date';
import type { ProfileRecord } from '../../../utils/model/records';
import { isRecord } from '../../../utils/model/shape';
import type { ChecklistRow } from '../../Checklist';
import type { DayCardModel } from '../../DayCard';
import { readJson, readProfileCache } from './profile-cache';

export { PROFILE_CACHE_KEY } from './profile-cache';
export const TODAY_CACHE_KEY = 'backend-path:today';
export const BEHIND_CACHE_KEY = 'backend-path:behind';

/** The profile fields today's card depends on. */
export interface ProfileStamp {
  readonly planId: PlanId;
  readonly startDate: LocalDate;
  readonly language: Language;
  readonly updatedAt: number;
}

export interface TodayView {
  readonly date: LocalDate;
  readonly profile: ProfileStamp;
  readonly card: DayCardModel;
}

/** The "days behind" banner's figures, as the last live page computed them. */
export interface BehindStatus {
  readonly days: number;
  readonly firstUnfinishedDay: number;
}

export interface BehindView {
  readonly date: LocalDate;
  readonly profile: ProfileStamp;
  /** null: on schedule. */
  readonly behind: BehindStatus | null;
}

type StorageReader = Pick<Storage, 'getItem'>;
type StorageWriter = Pick<Storage, 'setItem' | 'removeItem'>;
type Fields = Record<string, unknown>;

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function stampOf(value: unknown): ProfileStamp | null {
  if (!isRecord(value)) return null;
  const { planId, startDate, language, updatedAt } = value;
  if (!isPlanId(planId) || !isLanguage(language)) return null;
  if (!isValidLocalDate(startDate) || typeof updatedAt !== 'number') return null;
  return { planId, startDate, language, updatedAt };
}

/** The profile fields today's card depends on. */
export function profileStamp(profile: ProfileRecord): ProfileStamp {
  const { planId, startDate, language, updatedAt } = profile;
  return { planId, startDate, language, updatedAt };
}

/** The onboarded profile from the profile cache, reduced to what today's card needs. */
export function readProfileStamp(storage: StorageReader): ProfileStamp | null {
  const profile = readProfileCache(storage);
  return profile && profile.onboardedAt !== null ? profileStamp(profile) : null;
}

export function sameStamp(a: ProfileStamp, b: ProfileStamp): boolean {
  return (
    a.planId === b.planId &&
    a.startDate === b.startDate &&
    a.language === b.language &&
    a.updatedAt === b.updatedAt
  );
}

function rowOf(value: unknown): ChecklistRow | null {
  if (!isRecord(value)) return null;
  const { id, text, state } = value;
  if (typeof id !== 'string' || typeof text !== 'string') return null;
  if (!isItemState(state)) return null;
  return { id, text, state };
}

function cardOf(value: unknown): DayCardModel | null {
  if (!isRecord(value) || !Array.isArray(value.items)) return null;
  const { day, planLength, dateLabel, focus, phaseFirstDay, phaseLastDay, title, isToday } = value;
  const numbers = [day, planLength, phaseFirstDay, phaseLastDay];
  if (!numbers.every(isWholeNumber)) return null;
  if (typeof dateLabel !== 'string' || typeof focus !== 'string' || typeof title !== 'string')
    return null;
  if (typeof isToday !== 'boolean') return null;
  const { goal } = value;
  if (goal !== undefined && typeof goal !== 'string') return null;
  const items: ChecklistRow[] = [];
  for (const item of value.items) {
    const row = rowOf(item);
    if (!row) return null;
    items.push(row);
  }
  return {
    day: day as number,
    planLength: planLength as number,
    dateLabel,
    focus,
    phaseFirstDay: phaseFirstDay as number,
    phaseLastDay: phaseLastDay as number,
    title,
    ...(goal === undefined ? {} : { goal }),
    items,
    isToday,
  };
}

/** The entry under `key` if it was made on `today` from exactly `profile`, otherwise null. */
function entryFor(
  storage: StorageReader,
  key: string,
  today: LocalDate,
  profile: ProfileStamp | null,
): Fields | null {
  if (!profile) return null;
  const entry = readJson(storage, key);
  if (!isRecord(entry) || entry.date !== today) return null;
  const cachedProfile = stampOf(entry.profile);
  return cachedProfile && sameStamp(cachedProfile, profile) ? entry : null;
}

/** Today's cached card, or null unless it was made on `today` from exactly `profile`. */
export function readTodayView(
  storage: StorageReader,
  today: LocalDate,
  profile: ProfileStamp | null,
): DayCardModel | null {
  const view = entryFor(storage, TODAY_CACHE_KEY, today, profile);
  return view && cardOf(view.card);
}

/** Best effort, like the profile cache: without storage only the fast first paint is lost. */
export function writeTodayView(storage: StorageWriter, view: TodayView | null): void {
  try {
    if (view) storage.setItem(TODAY_CACHE_KEY, JSON.stringify(view));
    else storage.removeItem(TODAY_CACHE_KEY);
  } catch {
    // IndexedDB stays the source of truth.
  }
}

function behindOf(value: unknown): BehindStatus | null {
  if (!isRecord(value)) return null;
  const { days, firstUnfinishedDay } = value;
  if (!isWholeNumber(days) || !isWholeNumber(firstUnfinishedDay) || days < 1) return null;
  return { days, firstUnfinishedDay };
}

/**
 * The schedule status cached on `today` from exactly `profile`, so the first paint can show
 * the banner where the live page will; null when on schedule or unknown.
 */
export function readBehind(
  storage: StorageReader,
  today: LocalDate,
  profile: ProfileStamp | null,
): BehindStatus | null {
  const view = entryFor(storage, BEHIND_CACHE_KEY, today, profile);
  return view && behindOf(view.behind);
}

/** Best effort; rewritten only when the status changed, so an unchanged page writes nothing. */
export function writeBehind(storage: StorageReader & StorageWriter, view: BehindView): void {
  try {
    const text = JSON.stringify(view);
    if (storage.getItem(BEHIND_CACHE_KEY) !== text) storage.setItem(BEHIND_CACHE_KEY, text);
  } catch {
    // Only the banner's place in the first paint is lost.
  }
}
