/**
 * Compact text for one progress record inside a sync chunk:
 * `suffix,<state char><updatedAt base 36>,<device index>[,<completedOn day base 36>[,<completedAt base 36>]]`.
 * The chunk carries the plan, the id prefix and the device table, so each record
 * costs about 20 bytes. Timestamps keep their milliseconds, so a round trip is exact.
 */
import * as v from 'valibot';
import type { PlanId } from '../curriculum/types';
import { fromDayNumber, toDayNumber } from '../date';
import type { ItemState, ProgressRecord } from '../model/records';
import { progressSchema } from '../model/schemas';

const STATE_CHARS: Readonly<Record<ItemState, string>> = { done: 'd', skipped: 's', open: 'o' };
const STATES_BY_CHAR: Readonly<Record<string, ItemState>> = { d: 'done', s: 'skipped', o: 'open' };

/** Items of one plan phase share everything before the first dot (`p90-databases`). */
export function splitItemId(itemId: string): { readonly prefix: string; readonly suffix: string } {
  const dot = itemId.indexOf('.');
  return dot === -1
    ? { prefix: itemId, suffix: '' }
    : { prefix: itemId.slice(0, dot), suffix: itemId.slice(dot + 1) };
}

function joinItemId(prefix: string, suffix: string): string {
  return suffix === '' ? prefix : `${prefix}.${suffix}`;
}

const base36 = (value: number) => value.toString(36);

function fromBase36(text: string | undefined): number | null {
  if (text === undefined || !/^-?[0-9a-z]+$/.test(text)) return null;
  const value = Number.parseInt(text, 36);
  return Number.isSafeInteger(value) ? value : null;
}

/** `deviceIndex` points into the chunk's device table. */
export function encodeProgress(record: ProgressRecord, deviceIndex: number): string {
  // Escaped so a separator inside an imported id cannot break the list.
  const fields = [
    encodeURIComponent(splitItemId(record.itemId).suffix),
    `${STATE_CHARS[record.state]}${base36(record.updatedAt)}`,
    base36(deviceIndex),
  ];
  if (record.state !== 'open' && record.completedOn !== null) {
    fields.push(base36(toDayNumber(record.completedOn)));
    if (record.completedAt !== record.updatedAt && record.completedAt !== null) {
      fields.push(base36(record.completedAt));
    }
  }
  return fields.join(',');
}

/** The record, or null when the text is not a valid record (it is then left out). */
export function decodeProgress(
  text: string,
  chunk: { readonly planId: PlanId; readonly prefix: string; readonly devices: readonly string[] },
): ProgressRecord | null {
  const [suffix, stamp, device, completedDay, completedAtText] = text.split(',');
  if (suffix === undefined || stamp === undefined) return null;
  const state = STATES_BY_CHAR[stamp.charAt(0)];
  const updatedAt = fromBase36(stamp.slice(1));
  const deviceIndex = fromBase36(device);
  if (state === undefined || updatedAt === null || deviceIndex === null) return null;
  const updatedBy = chunk.devices[deviceIndex];
  const day = fromBase36(completedDay);
  const resolved = state !== 'open';
  let itemId: string;
  try {
    itemId = joinItemId(chunk.prefix, decodeURIComponent(suffix));
  } catch {
    return null;
  }
  const record: ProgressRecord = {
    itemId,
    planId: chunk.planId,
    state,
    completedAt: resolved ? (fromBase36(completedAtText) ?? updatedAt) : null,
    completedOn: resolved && day !== null ? fromDayNumber(day) : null,
    updatedAt,
    ...(updatedBy ? { updatedBy } : {}),
  };
  return v.is(progressSchema, record) ? record : null;
}
