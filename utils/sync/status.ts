/** What the background last knew about sync, as the options page shows it. */
export type SyncStatus =
  | { readonly kind: 'off' }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'synced'; readonly at: number; readonly notesIncluded: boolean }
  | { readonly kind: 'full'; readonly at: number }
  | { readonly kind: 'error'; readonly at: number; readonly message: string };

export const SYNC_STATUS_STORAGE_KEY = 'syncStatus';
export const SYNC_DEVICE_ID_STORAGE_KEY = 'syncDeviceId';

/** Sent by the options page after the sync switch changed, so the background acts at once. */
export const SYNC_NUDGE_MESSAGE = { type: 'sync-nudge' } as const;

export function isSyncNudgeMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === SYNC_NUDGE_MESSAGE.type
  );
}

export function isSyncStatus(value: unknown): value is SyncStatus {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return (
    kind === 'off' || kind === 'waiting' || kind === 'synced' || kind === 'full' || kind === 'error'
  );
}

/** "just now", "1 minute ago", "2 hours ago", for a moment at or before `now`. */
export function timeAgo(at: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - at) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return hours === 1 ? '1 hour ago' : `${hours} hours ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

export interface SyncStatusText {
  readonly text: string;
  readonly problem: boolean;
}

export function describeSyncStatus(status: SyncStatus, now: number): SyncStatusText {
  switch (status.kind) {
    case 'off':
      return { text: 'Sync is off.', problem: false };
    case 'waiting':
      return { text: 'Waiting to sync…', problem: false };
    case 'synced':
      return status.notesIncluded
        ? { text: `Synced ${timeAgo(status.at, now)}.`, problem: false }
        : {
            text: `Synced ${timeAgo(status.at, now)}. Sync storage is full: notes are not synced; your plan and ticks are.`,
            problem: false,
          };
    case 'full':
      return {
        text: 'Sync storage is full — your progress stays on this device and is not synced.',
        problem: true,
      };
    case 'error':
      return {
        text: `Sync error: ${status.message} (your progress is safe on this device)`,
        problem: true,
      };
  }
}
