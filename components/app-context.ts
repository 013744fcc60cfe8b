import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Clock, systemClock } from '../utils/date';
import { extensionPlatform, type Platform } from '../utils/platform';
import type { ReminderAccess } from '../utils/reminder/access';
import type { SyncAccess } from '../utils/sync/access';

export interface AppEnvironment {
  readonly clock: Clock;
  readonly platform: Platform;
  /** Extension only: the notifications permission and the background's alarm. */
  readonly reminders?: ReminderAccess;
  /** Extension only: the background's sync status, and asking it to sync now. */
  readonly sync?: SyncAccess;
}

export const AppContext = createContext<AppEnvironment>({
  clock: systemClock,
  platform: extensionPlatform({ inPopup: false }),
});

export function useAppEnvironment(): AppEnvironment {
  return useContext(AppContext);
}
