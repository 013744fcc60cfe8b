import type { StoreSnapshot } from '../../utils/transfer/format';

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** "your plan settings, 42 ticked or skipped items and 3 notes" */
export function describeSnapshot(snapshot: StoreSnapshot): string {
  const resolved = snapshot.progress.filter((record) => record.state !== 'open').length;
  const parts = [
    snapshot.profile ? 'your plan settings' : 'no plan settings',
    plural(resolved, 'ticked or skipped item', 'ticked or skipped items'),
    plural(snapshot.notes.length, 'note', 'notes'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
