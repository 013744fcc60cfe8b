import type { ComponentChildren } from 'preact';
import { AppContext, type AppEnvironment } from '../../components/app-context';
import { DatabaseGate } from '../../components/screens/DatabaseGate';
import { PopupScreen } from '../../components/screens/PopupScreen';
import type { SavedTicks } from '../../utils/db/early-read';

interface AppProps {
  readonly environment: AppEnvironment;
  /** The start-up shell, kept on screen until the live popup has the profile. */
  readonly placeholder: ComponentChildren;
  /** Today's ticks the start-up path already showed, kept until the store's own arrive. */
  readonly savedTicks: SavedTicks | null;
}

export function App({ environment, placeholder, savedTicks }: AppProps) {
  return (
    <AppContext.Provider value={environment}>
      <main class="popup">
        <DatabaseGate fallback={placeholder}>
          <PopupScreen placeholder={placeholder} savedTicks={savedTicks} />
        </DatabaseGate>
      </main>
    </AppContext.Provider>
  );
}
