import type { ItemState } from './model/records';

/** Ids of the items marked done or skipped; `open` records are untick tombstones. */
export function resolvedItemIds(
  records: Iterable<{ readonly itemId: string; readonly state: ItemState }>,
): Set<string> {
  const resolved = new Set<string>();
  for (const record of records) {
    if (record.state !== 'open') resolved.add(record.itemId);
  }
  return resolved;
}
