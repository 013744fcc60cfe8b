/**
 * Packs profile, progress and notes into `storage.sync` items that fit Chrome's
 * quotas, and unpacks them again. Every item is versioned (`v: 1`); a manifest
 * lists each chunk with a hash, so a reader notices another device's write
 * that has only partly arrived.
 */
import * as v from 'valibot';
import type { PlanId } from '../curriculum/types';
import { PLAN_IDS } from '../model/ids';
import { canonical, compareText } from '../model/order';
import type { NoteRecord, ProfileRecord, ProgressRecord } from '../model/records';
import { localDateSchema, noteSchema, profileSchema } from '../model/schemas';
import {
  CHUNK_BUDGET_BYTES,
  itemBytes,
  measureItems,
  SYNC_QUOTA,
  TOTAL_BUDGET_BYTES,
} from './quota';
import { decodeProgress, encodeProgress, splitItemId } from './records-codec';

export const SYNC_FORMAT_VERSION = 1;
/** Every key Backend Path writes starts with this, so other keys are never touched. */
export const SYNC_KEY_PREFIX = 'bp:';
export const MANIFEST_KEY = 'bp:m';
export const PROFILE_KEY = 'bp:profile';
const PROGRESS_KEY_PREFIX = 'bp:p:';
const NOTES_KEY_PREFIX = 'bp:n:';

/** The profile fields every device shares; reminder time and the sync switch stay per device. */
export type SyncedProfile = Pick<
  ProfileRecord,
  | 'planId'
  | 'startDate'
  | 'restDays'
  | 'scheduleRules'
  | 'pauses'
  | 'studyAnywayDates'
  | 'theme'
  | 'language'
  | 'onboardedAt'
  | 'updatedAt'
>;

export interface SyncData {
  readonly profile: SyncedProfile | null;
  readonly progress: readonly ProgressRecord[];
  readonly notes: readonly NoteRecord[];
}

export type SyncItems = Readonly<Record<string, unknown>>;

export interface PackResult {
  readonly items: SyncItems;
  /** False when the notes did not fit and were left out. */
  readonly notesIncluded: boolean;
  /** False when even progress alone is over the quota; `items` is then empty. */
  readonly fits: boolean;
}

interface Manifest {
  readonly v: number;
  /** Chunk key → hash of its value. */
  readonly chunks: Readonly<Record<string, string>>;
  /** Note parts, in order; their joined text is one JSON list. */
  readonly notes: readonly string[];
}

export function syncedProfileOf(profile: ProfileRecord): SyncedProfile {
  const { planId, startDate, restDays, theme, language, onboardedAt, updatedAt } = profile;
  const { scheduleRules, pauses, studyAnywayDates } = profile;
  return {
    planId,
    startDate,
    restDays,
    // The plan calendar's history, only when the profile has it (older devices send none).
    ...(scheduleRules === undefined ? {} : { scheduleRules }),
    ...(pauses === undefined ? {} : { pauses }),
    ...(studyAnywayDates === undefined ? {} : { studyAnywayDates }),
    theme,
    language,
    onboardedAt,
    updatedAt,
  };
}

/**
 * FNV-1a of the canonical JSON text: enough to tell a chunk from another version
 * of it. Canonical, because a browser may hand objects back with their keys reordered.
 */
export function hashValue(value: unknown): string {
  const text = canonical(value);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

function progressChunks(progress: readonly ProgressRecord[]): Record<string, unknown> {
  const groups = new Map<string, ProgressRecord[]>();
  for (const record of [...progress].sort((a, b) => compareText(a.itemId, b.itemId))) {
    const group = `${record.planId}:${splitItemId(record.itemId).prefix}`;
    groups.set(group, [...(groups.get(group) ?? []), record]);
  }
  const chunks: Record<string, unknown> = {};
  for (const [group, records] of groups) {
    const first = records[0];
    if (!first) continue;
    const base = { planId: first.planId, prefix: splitItemId(first.itemId).prefix };
    let part = 0;
    let devices: string[] = [];
    let lines: string[] = [];
    const chunkValue = () => ({
      v: SYNC_FORMAT_VERSION,
      p: base.planId,
      g: base.prefix,
      d: devices,
      r: lines.join(' '),
    });
    const flush = () => {
      chunks[`${PROGRESS_KEY_PREFIX}${group}:${part}`] = chunkValue();
      part += 1;
      devices = [];
      lines = [];
    };
    for (const record of records) {
      const before = { devices, lines };
      const device = record.updatedBy ?? '';
      if (!devices.includes(device)) devices = [...devices, device];
      lines = [...lines, encodeProgress(record, devices.indexOf(device))];
      const key = `${PROGRESS_KEY_PREFIX}${group}:${part}`;
      if (before.lines.length > 0 && itemBytes(key, chunkValue()) > CHUNK_BUDGET_BYTES) {
        devices = before.devices;
        lines = before.lines;
        flush();
        devices = [device];
        lines = [encodeProgress(record, 0)];
      }
    }
    flush();
  }
  return chunks;
}

/** The notes as one JSON text cut into parts that each fit one item. */
function noteParts(notes: readonly NoteRecord[]): Record<string, unknown> {
  const sorted = [...notes].sort((a, b) => compareText(a.date, b.date));
  const text = JSON.stringify(sorted.map((note) => [note.date, note.text, note.updatedAt]));
  const parts: Record<string, unknown> = {};
  let start = 0;
  let index = 0;
  while (start < text.length) {
    const key = `${NOTES_KEY_PREFIX}${index}`;
    const fits = (end: number) =>
      itemBytes(key, { v: SYNC_FORMAT_VERSION, s: text.slice(start, end) }) <= CHUNK_BUDGET_BYTES;
    // Largest end that fits: a binary search, since escaping makes sizes uneven.
    let low = start + 1;
    let high = Math.min(text.length, start + CHUNK_BUDGET_BYTES);
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(middle)) low = middle;
      else high = middle - 1;
    }
    // Never cut an emoji in two: a browser stores a lone surrogate as U+FFFD.
    if (low - start > 1 && isHighSurrogate(text.charCodeAt(low - 1))) low -= 1;
    parts[key] = { v: SYNC_FORMAT_VERSION, s: text.slice(start, low) };
    start = low;
    index += 1;
  }
  return parts;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function withManifest(chunks: Record<string, unknown>, noteKeys: readonly string[]): SyncItems {
  const manifest: Manifest = {
    v: SYNC_FORMAT_VERSION,
    chunks: Object.fromEntries(
      Object.entries(chunks).map(([key, value]) => [key, hashValue(value)]),
    ),
    notes: noteKeys,
  };
  return { ...chunks, [MANIFEST_KEY]: manifest };
}

function withinQuota(items: SyncItems): boolean {
  const size = measureItems(items);
  return size.bytes <= TOTAL_BUDGET_BYTES && size.items <= SYNC_QUOTA.maxItems;
}

/** Everything that fits: profile and progress first, notes only while they fit too. */
export function packSyncData(data: SyncData): PackResult {
  const core: Record<string, unknown> = progressChunks(data.progress);
  if (data.profile) core[PROFILE_KEY] = { v: SYNC_FORMAT_VERSION, ...data.profile };
  const notes = data.notes.length > 0 ? noteParts(data.notes) : {};
  const full = withManifest({ ...core, ...notes }, Object.keys(notes));
  if (withinQuota(full)) return { items: full, notesIncluded: true, fits: true };
  const withoutNotes = withManifest(core, []);
  if (withinQuota(withoutNotes)) return { items: withoutNotes, notesIncluded: false, fits: true };
  return { items: {}, notesIncluded: false, fits: false };
}

export interface UnpackResult extends SyncData {
  /** A chunk named in the manifest is missing or differs: another device's write is under way. */
  readonly partial: boolean;
  /** Written by a newer format; this version must neither read nor overwrite it. */
  readonly newerFormat: boolean;
  /** Whether the notes arrived whole (false also when there are none). */
  readonly notesPresent: boolean;
}

const chunkSchema = v.object({
  v: v.literal(SYNC_FORMAT_VERSION),
  p: v.picklist(PLAN_IDS),
  g: v.string(),
  d: v.array(v.string()),
  r: v.string(),
});
const manifestSchema = v.object({
  v: v.number(),
  chunks: v.record(v.string(), v.string()),
  notes: v.array(v.string()),
});
const notePartSchema = v.object({ v: v.literal(SYNC_FORMAT_VERSION), s: v.string() });
const noteTupleSchema = v.tuple([localDateSchema, v.string(), v.number()]);
const syncedProfileSchema = v.object({
  ...v.omit(profileSchema, ['id', 'reminderTime', 'syncEnabled']).entries,
  v: v.literal(SYNC_FORMAT_VERSION),
});

function unpackProgress(key: string, value: unknown): ProgressRecord[] {
  if (!key.startsWith(PROGRESS_KEY_PREFIX)) return [];
  const chunk = v.safeParse(chunkSchema, value);
  if (!chunk.success) return [];
  const context = {
    planId: chunk.output.p as PlanId,
    prefix: chunk.output.g,
    devices: chunk.output.d,
  };
  const records: ProgressRecord[] = [];
  for (const line of chunk.output.r.split(' ')) {
    const record = line === '' ? null : decodeProgress(line, context);
    if (record) records.push(record);
  }
  return records;
}

function unpackNotes(items: SyncItems, keys: readonly string[]): NoteRecord[] | null {
  let text = '';
  for (const key of keys) {
    const part = v.safeParse(notePartSchema, items[key]);
    if (!part.success) return null;
    text += part.output.s;
  }
  if (text === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const notes: NoteRecord[] = [];
  for (const entry of parsed) {
    const tuple = v.safeParse(noteTupleSchema, entry);
    if (!tuple.success) continue;
    const [date, noteText, updatedAt] = tuple.output;
    const note = { date, text: noteText, updatedAt };
    if (v.is(noteSchema, note)) notes.push(note);
  }
  return notes;
}

function unpackProfile(value: unknown): SyncedProfile | null {
  const parsed = v.safeParse(syncedProfileSchema, value);
  return parsed.success
    ? syncedProfileOf({ ...parsed.output, id: 'profile', reminderTime: null, syncEnabled: true })
    : null;
}

/** Reads whatever is valid; a damaged chunk is skipped, never trusted. */
export function unpackSyncItems(items: SyncItems): UnpackResult {
  const manifestValue = items[MANIFEST_KEY];
  const manifest = v.safeParse(manifestSchema, manifestValue);
  if (manifest.success && manifest.output.v > SYNC_FORMAT_VERSION) {
    return {
      profile: null,
      progress: [],
      notes: [],
      partial: false,
      newerFormat: true,
      notesPresent: false,
    };
  }
  const listed = manifest.success ? manifest.output.chunks : {};
  const partial =
    manifestValue !== undefined &&
    (!manifest.success ||
      Object.entries(listed).some(
        ([key, hash]) => items[key] === undefined || hashValue(items[key]) !== hash,
      ));
  const progress = Object.entries(items).flatMap(([key, value]) => unpackProgress(key, value));
  const notes = manifest.success ? unpackNotes(items, manifest.output.notes) : null;
  return {
    profile: unpackProfile(items[PROFILE_KEY]),
    progress,
    notes: notes ?? [],
    partial,
    newerFormat: false,
    notesPresent: notes !== null && notes.length > 0,
  };
}

/** Whether a `storage.sync` key is one of ours. */
export function isSyncKey(key: string): boolean {
  return key.startsWith(SYNC_KEY_PREFIX);
}
