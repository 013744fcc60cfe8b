import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Clock, systemClock } from '../utils/date';
import { extensionPlatform, type Platform } from '../utils/platform';

export interface AppEnvironment {
  readonly clock: Clock;
  readonly platform: Platform;
}

export const AppContext = createContext<AppEnvironment>({
  clock: systemClock,
  platform: extensionPlatform({ inPopup: false }),
});

export function useAppEnvironment(): AppEnvironment {
  return useContext(AppContext);
}
