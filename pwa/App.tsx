import { AppContext, type AppEnvironment } from '../components/app-context';
import { InstallPanel } from '../components/InstallPanel';
import type { PwaRoute } from '../components/PwaNav';
import { PwaShell } from '../components/screens/PwaShell';
import type { StartupHandoff } from '../components/screens/startup/boot';
import { UpdatePrompt, type WaitingUpdate } from '../components/UpdatePrompt';
import { requestPersistentStorage } from '../utils/db/persist';
import { useInstallOffer } from './install-offer';

interface AppProps extends StartupHandoff {
  readonly environment: AppEnvironment;
  readonly base: string;
  readonly appVersion: string;
  readonly buildId: string;
  readonly update: WaitingUpdate;
  /** The view the start-up shell painted, if it painted one. */
  readonly shellRoute?: PwaRoute;
}

// Best effort and in the background: the browser may say no, and rendering never waits.
const askToKeepProgress = () => void requestPersistentStorage();

export function App({ environment, update, ...shell }: AppProps) {
  const offer = useInstallOffer();
  return (
    <AppContext.Provider value={environment}>
      <PwaShell
        {...shell}
        onOnboarded={askToKeepProgress}
        install={<InstallPanel state={offer.state} onInstall={offer.install} />}
      />
      <UpdatePrompt update={update} />
    </AppContext.Provider>
  );
}
