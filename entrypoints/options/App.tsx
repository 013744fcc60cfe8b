import { AppContext, type AppEnvironment } from '../../components/app-context';
import { DatabaseGate } from '../../components/screens/DatabaseGate';
import { OptionsScreen } from '../../components/screens/OptionsScreen';

interface AppProps {
  readonly environment: AppEnvironment;
  readonly appVersion: string;
}

export function App({ environment, appVersion }: AppProps) {
  return (
    <AppContext.Provider value={environment}>
      <main class="page options">
        <DatabaseGate
          fallback={
            <p class="card muted" role="status">
              Loading your settings…
            </p>
          }
        >
          <OptionsScreen
            appVersion={appVersion}
            handoff={{ appUrl: __PWA_URL__ || null, editableAddress: true }}
          />
        </DatabaseGate>
      </main>
    </AppContext.Provider>
  );
}
