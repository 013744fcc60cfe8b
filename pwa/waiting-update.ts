import { registerSW } from 'virtual:pwa-register';
import type { WaitingUpdate } from '../components/UpdatePrompt';

/**
 * Registers the service worker in 'prompt' mode: a new version installs in the
 * background and waits; only `apply()` (the user's Reload) lets it take over.
 */
export function registerServiceWorker(): WaitingUpdate {
  let waiting = false;
  let applying = false;
  const listeners = new Set<() => void>();
  // Reloads only the tab whose user asked: another tab's Reload must not swap this page.
  const reloadIfAsked = () => {
    if (!applying) return;
    applying = false;
    window.location.reload();
  };
  const activateWaiting = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      for (const listener of listeners) listener();
    },
    onNeedReload: reloadIfAsked,
  });

  const apply = async () => {
    applying = true;
    // The helper only reloads pages that were already controlled when they loaded; a first
    // visit that stayed open would otherwise get the new worker without its new page.
    navigator.serviceWorker.addEventListener('controllerchange', reloadIfAsked);
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.waiting) await activateWaiting(true);
    else reloadIfAsked(); // Another tab has activated it already.
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isWaiting: () => waiting,
    apply: () => void apply(),
  };
}
