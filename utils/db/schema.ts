import Dexie, { type Table, type Transaction } from 'dexie';
import { withScheduleRules } from '../calendar';
import { type Clock, systemClock, today } from '../date';
import type { LocalDate } from '../model/local-date';
import type { ActivityRecord, NoteRecord, ProfileRecord, ProgressRecord } from '../model/records';
import { isStamp } from '../model/stamps';
import { rebuildActivity } from './activity';
import type { MetaKey, MetaRecord } from './meta';
import { repairProgressTable } from './repair';

/** Dexie store definitions: primary key first, then indexes. `null` deletes a store. */
export type StoreDefinitions = Readonly<Record<string, string | null>>;

export interface SchemaVersion {
  readonly version: number;
  readonly stores: StoreDefinitions;
  /** Data-changing step from the previous version; wrap it in `withBackup`. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/** Old records copied aside before a data-changing upgrade, removed once it succeeded. */
export interface BackupRecord {
  readonly id?: number;
  readonly table: string;
  readonly fromVersion: number;
  readonly rows: readonly unknown[];
  /** `set-aside`: records an upgrade could not trust, kept until the user deals with them. */
  readonly reason?: 'set-aside';
}

export const DATABASE_NAME = 'backend-path';

const V1_STORES: StoreDefinitions = {
  profile: 'id',
  progress: 'itemId, planId, completedOn, [planId+state]',
  notes: 'date',
  backups: '++id, table',
};

/**
 * Every version ever shipped, oldest first. Never edit a shipped entry: tests
 * rebuild a database "as version N wrote it" from this list.
 * v1: `completedOn` served the activity heatmap; `[planId+state]` the plan views.
 * v2: `activity` holds per-date counts so streak and heatmap read ≤ 1 row a day.
 * Its upgrade only adds derived rows, so it needs no `withBackup`; a record it cannot count
 * is set aside in `backups` first, so one bad row never blocks the upgrade.
 * v3: `meta` holds the clock floor, the reset floors and a pending plan adoption (sync).
 * Its upgrade repairs or sets aside malformed progress and starts the clock floor at the
 * largest stamp already stored.
 * v4: the plan calendar. Rest days used not to move the plan, so a profile's rest days apply
 * from the upgrade date on (`scheduleRules`), and every day already lived keeps its plan day.
 * It only adds a field: no `withBackup`. `clock` says what "today" is; tests pass their own.
 */
export function schemaVersions(clock: Clock = systemClock): readonly SchemaVersion[] {
  const v3Stores = { ...V1_STORES, activity: 'date', meta: 'key' };
  return [
    { version: 1, stores: V1_STORES },
    {
      version: 2,
      stores: { ...V1_STORES, activity: 'date' },
      upgrade: async (tx) => {
        await repairProgressTable(tx, 1);
        await rebuildActivity(tx.table('activity'), await tx.table('progress').toArray());
      },
    },
    {
      version: 3,
      stores: v3Stores,
      upgrade: async (tx) => {
        const repaired = await repairProgressTable(tx, 2);
        if (repaired > 0) {
          await tx.table('activity').clear();
          await rebuildActivity(tx.table('activity'), await tx.table('progress').toArray());
        }
        const stamps = [
          ...(await tx.table('progress').toArray()),
          ...(await tx.table('notes').toArray()),
          ...(await tx.table('profile').toArray()),
        ]
          .map((row: { updatedAt?: unknown }) => row.updatedAt)
          .filter(isStamp);
        const stamp = stamps.reduce((largest, next) => Math.max(largest, next), 0);
        if (stamp > 0) await tx.table('meta').put({ key: 'clock', stamp });
      },
    },
    {
      version: 4,
      stores: v3Stores,
      upgrade: async (tx) => {
        const from = today(clock);
        await tx
          .table<ProfileRecord, 'profile'>('profile')
          .toCollection()
          .modify((profile) => {
            Object.assign(profile, withScheduleRules(profile, from));
          });
      },
    },
  ];
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = schemaVersions();

export const CURRENT_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((entry) => entry.version));

export class BackendPathDatabase extends Dexie {
  declare readonly profile: Table<ProfileRecord, 'profile'>;
  declare readonly progress: Table<ProgressRecord, string>;
  declare readonly notes: Table<NoteRecord, LocalDate>;
  declare readonly backups: Table<BackupRecord, number>;
  declare readonly activity: Table<ActivityRecord, LocalDate>;
  declare readonly meta: Table<MetaRecord, MetaKey>;

  constructor(
    name: string = DATABASE_NAME,
    versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
    options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
  ) {
    super(name, { ...options, autoOpen: false });
    declareVersions(this, versions);
  }
}

/** Registers each version (and its upgrade) on a Dexie instance. */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const entry of versions) {
    const version = db.version(entry.version).stores({ ...entry.stores });
    if (entry.upgrade) version.upgrade(entry.upgrade);
  }
}
