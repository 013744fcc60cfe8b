/**
 * Today's card for a page's first paint, shared by the new tab and the popup: from the
 * start-up cache, or on a new day from the active plan's module alone. Never touches Dexie.
 */
import { loadPlan } from '../../../utils/curriculum/load-plan';
import type { LocalDate } from '../../../utils/date';
import { readSavedTicks, type SavedTicks } from '../../../utils/db/early-read';
import type { DayCardModel } from '../../DayCard';
import { type ProfileStamp, readProfileStamp, readTodayView } from './today-cache';
import { todayCardModel } from './today-card';

export interface StartupToday {
  readonly profile: ProfileStamp;
  readonly card: DayCardModel;
}

/** null without an onboarded profile cache, or when the plan has no day today. */
export async function readStartupToday(
  storage: Pick<Storage, 'getItem'>,
  today: LocalDate,
): Promise<StartupToday | null> {
  const profile = readProfileStamp(storage);
  if (!profile) return null;
  const card =
    readTodayView(storage, today, profile) ??
    todayCardModel(await loadPlan(profile.planId), profile, today);
  return card && { profile, card };
}

/** The card's saved ticks straight from IndexedDB, or null if unreadable. */
export function readCardTicks(card: DayCardModel): Promise<SavedTicks | null> {
  // Only called with a profile cache, which means the database exists: this never creates it.
  return readSavedTicks(
    globalThis.indexedDB,
    card.items.map((item) => item.id),
  );
}
