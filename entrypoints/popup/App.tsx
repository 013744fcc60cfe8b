import { AppContext, type AppEnvironment } from '../../components/app-context';
import { DatabaseGate } from '../../components/screens/DatabaseGate';
import { PopupScreen } from '../../components/screens/PopupScreen';
import type { StartupHandoff } from '../../components/screens/startup/boot';
import { EarlyPopupShell } from '../../components/screens/startup/EarlyPopupShell';

interface AppProps extends StartupHandoff {
  readonly environment: AppEnvironment;
}

export function App({ environment, shellView, savedTicks, earlyTicks }: AppProps) {
  // The start-up shell's content stays on screen until the live popup has the profile.
  const placeholder = shellView && (
    <EarlyPopupShell
      card={shellView.card}
      platform={environment.platform}
      early={earlyTicks}
      behind={shellView.today.behind}
    />
  );
  return (
    <AppContext.Provider value={environment}>
      <main class="popup">
        <DatabaseGate fallback={placeholder}>
          <PopupScreen placeholder={placeholder} savedTicks={savedTicks} earlyTicks={earlyTicks} />
        </DatabaseGate>
      </main>
    </AppContext.Provider>
  );
}
