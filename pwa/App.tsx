import { AppContext, type AppEnvironment } from '../components/app-context';
import { PwaShell } from '../components/screens/PwaShell';
import { UpdatePrompt, type WaitingUpdate } from '../components/UpdatePrompt';
import type { ProfileRecord } from '../utils/model/records';

interface AppProps {
  readonly environment: AppEnvironment;
  readonly base: string;
  readonly cachedProfile: ProfileRecord | null;
  readonly appVersion: string;
  readonly buildId: string;
  readonly update: WaitingUpdate;
  readonly onOnboarded: () => void;
}

export function App({ environment, update, ...shell }: AppProps) {
  return (
    <AppContext.Provider value={environment}>
      <PwaShell {...shell} />
      <UpdatePrompt update={update} />
    </AppContext.Provider>
  );
}
