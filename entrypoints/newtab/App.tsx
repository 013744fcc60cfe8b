import { AppContext, type AppEnvironment } from '../../components/app-context';
import { DatabaseGate } from '../../components/screens/DatabaseGate';
import { CachedDayPage, NewTabScreen } from '../../components/screens/NewTabScreen';
import type { StartupHandoff } from '../../components/screens/startup/boot';

interface AppProps extends StartupHandoff {
  readonly environment: AppEnvironment;
}

export function App({ environment, cachedProfile, savedTicks, earlyTicks }: AppProps) {
  const startup = { savedTicks, earlyTicks };
  return (
    <AppContext.Provider value={environment}>
      <main class="page">
        <DatabaseGate fallback={<CachedDayPage profile={cachedProfile} {...startup} />}>
          <NewTabScreen cachedProfile={cachedProfile} {...startup} />
        </DatabaseGate>
      </main>
    </AppContext.Provider>
  );
}
