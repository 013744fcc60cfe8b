/**
 * What a page may do about sync in the extension: read and follow the status
 * the background keeps in `storage.local`, and ask it to sync now. The PWA has
 * none of this, so the shared UI receives it through AppEnvironment.
 */
import { browser } from 'wxt/browser';
import {
  isSyncStatus,
  SYNC_NUDGE_MESSAGE,
  SYNC_STATUS_STORAGE_KEY,
  type SyncStatus,
} from './status';

export interface SyncAccess {
  /** Calls `onStatus` with the current status and on every change; returns the unsubscribe. */
  watchStatus(onStatus: (status: SyncStatus | null) => void): () => void;
  /** Asks the background for a round now (e.g. after the switch changed). */
  syncNow(): Promise<void>;
}

export const extensionSyncAccess: SyncAccess = {
  watchStatus(onStatus) {
    let active = true;
    const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => {
      const change = changes[SYNC_STATUS_STORAGE_KEY];
      if (areaName !== 'local' || !change || !active) return;
      onStatus(isSyncStatus(change.newValue) ? change.newValue : null);
    };
    browser.storage.onChanged.addListener(listener);
    void browser.storage.local.get(SYNC_STATUS_STORAGE_KEY).then((stored) => {
      const status = stored[SYNC_STATUS_STORAGE_KEY];
      if (active) onStatus(isSyncStatus(status) ? status : null);
    });
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(listener);
    };
  },
  syncNow: async () => {
    await browser.runtime.sendMessage(SYNC_NUDGE_MESSAGE);
  },
};
