/**
 * The `meta` table: this device's clock floor (the largest stamp it has seen), the floors a
 * reset or Replace left behind, and a plan found in the synced data that waits for the
 * user's answer. Read and written inside the callers' transactions.
 */
import { type Floors, NO_FLOORS, type ProfileRecord } from '../model/records';
import { nextStamp } from '../model/stamps';
import type { BackendPathDatabase } from './schema';

export type MetaRecord =
  | { readonly key: 'clock'; readonly stamp: number }
  | { readonly key: 'floors'; readonly floors: Floors }
  /** Another browser's established plan, found while this one's was provisional. */
  | { readonly key: 'adoption'; readonly profile: ProfileRecord }
  /** Whether sync stays on while there is no plan (after "Reset everything" with sync on). */
  | { readonly key: 'sync-without-plan'; readonly enabled: boolean };

export type MetaKey = MetaRecord['key'];

export async function readClockFloor(db: BackendPathDatabase): Promise<number> {
  const row = await db.meta.get('clock');
  return row?.key === 'clock' ? row.stamp : 0;
}

export async function raiseClockFloor(db: BackendPathDatabase, stamp: number): Promise<void> {
  if (stamp > (await readClockFloor(db))) await db.meta.put({ key: 'clock', stamp });
}

export async function readFloors(db: BackendPathDatabase): Promise<Floors> {
  const row = await db.meta.get('floors');
  return row?.key === 'floors' ? row.floors : NO_FLOORS;
}

export async function writeFloors(db: BackendPathDatabase, floors: Floors): Promise<void> {
  await db.meta.put({ key: 'floors', floors: { ...floors } });
}

export async function readAdoption(db: BackendPathDatabase): Promise<ProfileRecord | null> {
  const row = await db.meta.get('adoption');
  return row?.key === 'adoption' ? row.profile : null;
}

/** Sync's switch for this device: the plan's, or what it was when the plan was reset. */
export async function readSyncSwitch(
  db: BackendPathDatabase,
  profile: ProfileRecord | undefined,
): Promise<boolean> {
  if (profile) return profile.syncEnabled;
  const row = await db.meta.get('sync-without-plan');
  return row?.key === 'sync-without-plan' && row.enabled;
}

/** Hands out stamps for one write, each above the last; must run inside a transaction with `meta`. */
export type Stamper = (previous?: number) => number;

export async function withStamps<T>(
  db: BackendPathDatabase,
  now: number,
  run: (stamp: Stamper) => Promise<T>,
): Promise<T> {
  const start = await readClockFloor(db);
  let floor = start;
  const result = await run((previous) => {
    floor = nextStamp(now, floor, previous);
    return floor;
  });
  if (floor > start) await db.meta.put({ key: 'clock', stamp: floor });
  return result;
}
