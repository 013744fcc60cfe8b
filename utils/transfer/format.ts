import type { LocalDate } from '../date';
import { compareText } from '../model/order';
import type { StoreSnapshot } from '../model/records';

export const EXPORT_FORMAT = 'backend-path-export';
/**
 * 2: the profile may carry fields format 1 had not (`provisional`, schedule and card
 * settings). Format 1 files still import: they are format 2 without those fields.
 */
export const EXPORT_FORMAT_VERSION = 2;
export const READABLE_EXPORT_VERSIONS: readonly number[] = [1, 2];
/** Checked on the byte size before the text is parsed. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export type { StoreSnapshot } from '../model/records';

export interface ExportFile extends StoreSnapshot {
  readonly format: typeof EXPORT_FORMAT;
  readonly formatVersion: number;
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
