import { AppContext, type AppEnvironment } from '../../components/app-context';
import { DatabaseGate } from '../../components/screens/DatabaseGate';
import { CachedDayPage, NewTabScreen } from '../../components/screens/NewTabScreen';
import type { ProfileRecord } from '../../utils/db/records';

interface AppProps {
  readonly environment: AppEnvironment;
  readonly cachedProfile: ProfileRecord | null;
}

export function App({ environment, cachedProfile }: AppProps) {
  return (
    <AppContext.Provider value={environment}>
      <main class="page">
        <DatabaseGate fallback={<CachedDayPage profile={cachedProfile} />}>
          <NewTabScreen cachedProfile={cachedProfile} />
        </DatabaseGate>
      </main>
    </AppContext.Provider>
  );
}
