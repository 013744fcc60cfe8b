/**
 * The transfer code's body before compression: the profile, then per plan each item's state
 * by its position (2 bits an item) and each resolved item's `completedOn` as a day delta,
 * then (optionally) the notes.
 *
 * Every progress record carries one stamp, the newest `updatedAt` among them, for both
 * `updatedAt` and `completedAt`: per-item stamps would cost 4–6 bytes an item (over the QR
 * budget for a long plan), and a single stamp keeps the merge honest where it matters: what
 * the phone changed after the laptop's last change still wins, everything older yields to
 * the sender, which is what "send my plan to the phone" asks for. Nothing reads `completedAt`.
 */
import { fromDayNumber, toDayNumber } from '../date';
import { ITEM_STATES, LANGUAGES, PLAN_IDS, THEMES, WEEKDAYS } from '../model/ids';
import type { LocalDate } from '../model/local-date';
import {
  NOTE_MAX_LENGTH,
  type NoteRecord,
  type ProfileRecord,
  type ProgressRecord,
  type StoreSnapshot,
} from '../model/records';
import { BadBytes, ByteReader, ByteWriter } from './bytes';
import type { PlanItemOrder } from './item-order';

export interface HandoffContent {
  readonly snapshot: StoreSnapshot;
  readonly appVersion: string;
  /** When the code was made, in ms. */
  readonly exportedAt: number;
}

/** Why a body could not be read, in words the receive screen shows. */
export class HandoffRefusal extends Error {}

const HAS_PROFILE = 1;
const HAS_NOTES = 2;
/** 0 = no record; the rest index ITEM_STATES (open, skipped, done). */
const NO_RECORD = 0;

function indexIn<T>(list: readonly T[], value: T): number {
  const index = list.indexOf(value);
  if (index < 0) throw new RangeError(`unknown value ${String(value)}`);
  return index;
}

function pick<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new BadBytes('value out of range');
  return value;
}

function writeProfile(out: ByteWriter, profile: ProfileRecord): void {
  out.byte(indexIn(PLAN_IDS, profile.planId));
  out.varint(toDayNumber(profile.startDate) + 0x100000);
  let restMask = 0;
  for (const day of profile.restDays) restMask |= 1 << day;
  out.byte(restMask);
  out.byte(
    indexIn(THEMES, profile.theme) |
      (indexIn(LANGUAGES, profile.language) << 2) |
      (profile.syncEnabled ? 16 : 0) |
      (profile.reminderTime !== null ? 32 : 0) |
      (profile.onboardedAt !== null ? 64 : 0),
  );
  if (profile.reminderTime !== null) {
    const [hours, minutes] = profile.reminderTime.split(':').map(Number);
    out.varint((hours ?? 0) * 60 + (minutes ?? 0));
  }
  if (profile.onboardedAt !== null) out.varint(profile.onboardedAt);
  out.varint(profile.updatedAt);
}

function readProfile(input: ByteReader): ProfileRecord {
  const planId = pick(PLAN_IDS, input.byte());
  const startDate = fromDayNumber(input.varint() - 0x100000);
  const restMask = input.byte();
  const flags = input.byte();
  const restDays = WEEKDAYS.filter((day) => restMask & (1 << day));
  let reminderTime: string | null = null;
  if (flags & 32) {
    const minutes = input.varint();
    if (minutes >= 24 * 60) throw new BadBytes('reminder out of range');
    const pad = (value: number) => String(value).padStart(2, '0');
    reminderTime = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  }
  const onboardedAt = flags & 64 ? input.varint() : null;
  return {
    id: 'profile',
    planId,
    startDate,
    restDays,
    theme: pick(THEMES, flags & 3),
    language: pick(LANGUAGES, (flags >> 2) & 3),
    reminderTime,
    syncEnabled: (flags & 16) !== 0,
    onboardedAt,
    updatedAt: input.varint(),
  };
}

function writePlan(out: ByteWriter, order: PlanItemOrder, records: Map<string, ProgressRecord>) {
  out.byte(indexIn(PLAN_IDS, order.planId));
  out.varint(order.ids.length);
  out.varint(order.fingerprint);
  const states = order.ids.map((id) => {
    const record = records.get(id);
    return record ? indexIn(ITEM_STATES, record.state) + 1 : NO_RECORD;
  });
  for (let index = 0; index < states.length; index += 4) {
    let packed = 0;
    for (let k = 0; k < 4; k += 1) packed |= (states[index + k] ?? 0) << (2 * k);
    out.byte(packed);
  }
  // Items are mostly resolved in order, one day after another: deltas are tiny and repeat.
  let previous = 0;
  for (const id of order.ids) {
    const completedOn = records.get(id)?.completedOn;
    if (!completedOn) continue;
    const day = toDayNumber(completedOn);
    out.signed(day - previous);
    previous = day;
  }
}

function readPlan(
  input: ByteReader,
  orders: ReadonlyMap<string, PlanItemOrder>,
  stamp: number,
): ProgressRecord[] {
  const planIndex = input.byte();
  const planId = PLAN_IDS[planIndex];
  const order = planId ? orders.get(planId) : undefined;
  if (!planId || !order)
    throw new HandoffRefusal(
      'This code holds a plan this version of Backend Path does not have. Update Backend Path here, then try again.',
    );
  const count = input.varint();
  const fingerprint = input.varint();
  if (count !== order.ids.length || fingerprint !== order.fingerprint)
    throw new HandoffRefusal(
      `This code was made by a Backend Path whose ${planId} has ${count} items; this one has ${order.ids.length}${count === order.ids.length ? ' in another order' : ''}. Update both to the same version, or move your progress with a backup file.`,
    );
  const states: number[] = [];
  for (let index = 0; index < count; index += 4) {
    const packed = input.byte();
    for (let k = 0; k < 4 && index + k < count; k += 1) states.push((packed >> (2 * k)) & 3);
  }
  const records: ProgressRecord[] = [];
  let previous = 0;
  order.ids.forEach((itemId, index) => {
    const code = states[index] ?? NO_RECORD;
    if (code === NO_RECORD) return;
    const state = pick(ITEM_STATES, code - 1);
    let completedOn: LocalDate | null = null;
    if (state !== 'open') {
      previous += input.signed();
      completedOn = fromDayNumber(previous);
    }
    records.push({
      itemId,
      planId,
      state,
      completedAt: state === 'open' ? null : stamp,
      completedOn,
      updatedAt: stamp,
    });
  });
  return records;
}

function writeNotes(out: ByteWriter, notes: readonly NoteRecord[]): void {
  out.varint(notes.length);
  let previous = 0;
  for (const note of notes) {
    const day = toDayNumber(note.date);
    out.signed(day - previous);
    previous = day;
    out.varint(note.updatedAt);
    out.text(note.text);
  }
}

function readNotes(input: ByteReader): NoteRecord[] {
  const count = input.varint();
  const notes: NoteRecord[] = [];
  let previous = 0;
  for (let index = 0; index < count; index += 1) {
    previous += input.signed();
    const date = fromDayNumber(previous);
    const updatedAt = input.varint();
    // Up to 4 UTF-8 bytes a character.
    notes.push({ date, updatedAt, text: input.text(NOTE_MAX_LENGTH * 4) });
  }
  return notes;
}

/** Progress records of plans `orders` lists; others cannot be named by position and stay out. */
export function writeBody(
  content: HandoffContent,
  orders: readonly PlanItemOrder[],
  withNotes: boolean,
): Uint8Array<ArrayBuffer> {
  const { snapshot } = content;
  const out = new ByteWriter();
  const notes = withNotes ? snapshot.notes : [];
  out.byte((snapshot.profile ? HAS_PROFILE : 0) | (notes.length > 0 ? HAS_NOTES : 0));
  out.varint(content.exportedAt);
  out.text(content.appVersion);
  if (snapshot.profile) writeProfile(out, snapshot.profile);
  const byPlan = new Map<string, Map<string, ProgressRecord>>();
  for (const record of snapshot.progress) {
    const plan = byPlan.get(record.planId) ?? new Map<string, ProgressRecord>();
    plan.set(record.itemId, record);
    byPlan.set(record.planId, plan);
  }
  const sections = orders.filter((order) => byPlan.has(order.planId));
  out.varint(Math.max(0, ...snapshot.progress.map((record) => record.updatedAt)));
  out.byte(sections.length);
  for (const order of sections) writePlan(out, order, byPlan.get(order.planId) ?? new Map());
  if (notes.length > 0) writeNotes(out, notes);
  return out.result();
}

export function readBody(
  bytes: Uint8Array<ArrayBuffer>,
  orders: readonly PlanItemOrder[],
): HandoffContent & { readonly notesIncluded: boolean } {
  const input = new ByteReader(bytes);
  const flags = input.byte();
  const exportedAt = input.varint();
  const appVersion = input.text(50);
  const profile = flags & HAS_PROFILE ? readProfile(input) : null;
  const stamp = input.varint();
  const sections = input.byte();
  const byId = new Map(orders.map((order) => [order.planId, order]));
  const progress: ProgressRecord[] = [];
  for (let index = 0; index < sections; index += 1) progress.push(...readPlan(input, byId, stamp));
  const notes = flags & HAS_NOTES ? readNotes(input) : [];
  if (!input.done) throw new BadBytes('bytes left over');
  return {
    exportedAt,
    appVersion,
    snapshot: { profile, progress, notes },
    notesIncluded: (flags & HAS_NOTES) !== 0,
  };
}
