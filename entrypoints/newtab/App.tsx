import { AppContext, type AppEnvironment } from '../../components/app-context';
import { DatabaseGate } from '../../components/screens/DatabaseGate';
import { CachedDayPage, NewTabScreen } from '../../components/screens/NewTabScreen';
import type { SavedTicks } from '../../utils/db/early-read';
import type { ProfileRecord } from '../../utils/model/records';

interface AppProps {
  readonly environment: AppEnvironment;
  readonly cachedProfile: ProfileRecord | null;
  /** Today's ticks the start-up path already showed, kept until the store's own arrive. */
  readonly savedTicks: SavedTicks | null;
}

export function App({ environment, cachedProfile, savedTicks }: AppProps) {
  return (
    <AppContext.Provider value={environment}>
      <main class="page">
        <DatabaseGate fallback={<CachedDayPage profile={cachedProfile} savedTicks={savedTicks} />}>
          <NewTabScreen cachedProfile={cachedProfile} savedTicks={savedTicks} />
        </DatabaseGate>
      </main>
    </AppContext.Provider>
  );
}
