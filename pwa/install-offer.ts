/** Whether to show Install, the iOS hint, or nothing; for the settings page. */
import { useEffect, useState } from 'preact/hooks';
import { currentOffer, onOfferChange, spendOffer } from './install-capture';

export type InstallState = 'offered' | 'ios' | 'installed' | 'none';

function standalone(): boolean {
  return (
    matchMedia('(display-mode: standalone)').matches ||
    (navigator as { standalone?: boolean }).standalone === true
  );
}

/** iOS Safari never offers installation; Add to Home Screen is in its Share menu. */
function iosSafari(): boolean {
  const agent = navigator.userAgent;
  return (
    /iP(hone|ad|od)/.test(agent) && /Safari\//.test(agent) && !/CriOS|FxiOS|EdgiOS/.test(agent)
  );
}

export function useInstallOffer(): { state: InstallState; install: () => void } {
  const read = (): InstallState =>
    standalone() ? 'installed' : currentOffer() ? 'offered' : iosSafari() ? 'ios' : 'none';
  const [state, setState] = useState(read);
  useEffect(() => {
    const update = () => setState(read());
    const unsubscribe = onOfferChange(update);
    const media = matchMedia('(display-mode: standalone)');
    media.addEventListener('change', update);
    return () => {
      unsubscribe();
      media.removeEventListener('change', update);
    };
  }, []);
  const install = () => {
    const current = currentOffer();
    if (!current) return;
    void current.prompt().then(async () => {
      // An offer is good for one prompt, whatever the answer.
      await current.userChoice.catch(() => undefined);
      spendOffer();
    });
  };
  return { state, install };
}
