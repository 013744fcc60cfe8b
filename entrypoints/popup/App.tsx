import { AppContext, type AppEnvironment } from '../../components/app-context';
import { DatabaseGate } from '../../components/screens/DatabaseGate';
import { PopupScreen } from '../../components/screens/PopupScreen';

export function App({ environment }: { environment: AppEnvironment }) {
  return (
    <AppContext.Provider value={environment}>
      <main class="popup">
        <DatabaseGate fallback={null}>
          <PopupScreen />
        </DatabaseGate>
      </main>
    </AppContext.Provider>
  );
}
