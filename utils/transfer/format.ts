import type { LocalDate } from '../date';
import type { NoteRecord, ProfileRecord, ProgressRecord } from '../model/records';

export const EXPORT_FORMAT = 'backend-path-export';
export const EXPORT_FORMAT_VERSION = 1;
/** Checked on the byte size before the text is parsed. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** Everything the store holds that a person would miss. */
export interface StoreSnapshot {
  readonly profile: ProfileRecord | null;
  readonly progress: readonly ProgressRecord[];
  readonly notes: readonly NoteRecord[];
}

export interface ExportFile extends StoreSnapshot {
  readonly format: typeof EXPORT_FORMAT;
  readonly formatVersion: typeof EXPORT_FORMAT_VERSION;
  readonly appVersion: string;
  /** ISO date-time. */
  readonly exportedAt: string;
}

/** Records sorted by key, so two exports of the same state are byte-identical. */
export function buildExport(snapshot: StoreSnapshot, appVersion: string, now: number): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    appVersion,
    exportedAt: new Date(now).toISOString(),
    profile: snapshot.profile,
    progress: [...snapshot.progress].sort((a, b) => compareText(a.itemId, b.itemId)),
    notes: [...snapshot.notes].sort((a, b) => compareText(a.date, b.date)),
  };
}

export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(date: LocalDate): string {
  return `backend-path-progress-${date}.json`;
}

export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
