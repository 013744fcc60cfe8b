import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { PlanId } from '../curriculum/types';
import type { LocalDate } from '../date';
import type { NoteRecord, ProfileRecord, ProgressRecord } from '../model/records';
import { useDatabase } from './context';
import { classifyStoreError, type StoreError } from './errors';
import { readAdoption } from './meta';
import { readActivity, readAllNotes, readNote, readPlanProgress, readProfile } from './queries';
import { readSetAside } from './upgrade-backup';

export type Loadable<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly error: StoreError };

const LOADING: Loadable<never> = { status: 'loading' };

/**
 * Preact binding for Dexie's liveQuery: re-runs `query` whenever a write (from
 * any view or tab) touches what it read. `deps` are the query's inputs.
 * Only the first load is `loading`: when `deps` change, the previous value
 * stays on screen until the new query answers, so views do not flicker.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>(LOADING);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ status: 'ready', value }),
      error: (error: unknown) => setState({ status: 'error', error: classifyStoreError(error) }),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}

export function useProfile(): Loadable<ProfileRecord | undefined> {
  const db = useDatabase();
  return useLiveQuery(() => readProfile(db), [db]);
}

export function useProgress(planId: PlanId): Loadable<ReadonlyMap<string, ProgressRecord>> {
  const db = useDatabase();
  return useLiveQuery(() => readPlanProgress(db, planId), [db, planId]);
}

/**
 * The note of `date`, tagged with the date it was read for: right after the date changes the
 * previous answer is still held, and the tag tells the two apart.
 */
export function useDatedNote(
  date: LocalDate,
): Loadable<{ readonly date: LocalDate; readonly note: NoteRecord | undefined }> {
  const db = useDatabase();
  return useLiveQuery(async () => ({ date, note: await readNote(db, date) }), [db, date]);
}

/** Every day's note, newest first. */
export function useAllNotes(): Loadable<readonly NoteRecord[]> {
  const db = useDatabase();
  return useLiveQuery(() => readAllNotes(db), [db]);
}

/** Resolved items per local date, for the streak and the heatmap. */
export function useActivity(since?: LocalDate): Loadable<ReadonlyMap<LocalDate, number>> {
  const db = useDatabase();
  return useLiveQuery(() => readActivity(db, since), [db, since]);
}

/** A plan found in the synced data, waiting for "use it" or "start over here". */
export function useOfferedPlan(): Loadable<ProfileRecord | null> {
  const db = useDatabase();
  return useLiveQuery(() => readAdoption(db), [db]);
}

/** Rows an upgrade could not trust and set aside, for the user to download. */
export function useSetAsideRows(): Loadable<unknown[]> {
  const db = useDatabase();
  return useLiveQuery(() => readSetAside(db), [db]);
}
