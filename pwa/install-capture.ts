/**
 * The browser's install offer (`beforeinstallprompt`), kept from the first moment so the
 * settings page can show an Install button later. Tiny and dependency-free: main.tsx starts it.
 */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ readonly outcome: 'accepted' | 'dismissed' }>;
}

let offer: InstallPromptEvent | null = null;

export const currentOffer = (): InstallPromptEvent | null => offer;

/** After the one prompt an offer allows. */
export function spendOffer(): void {
  offer = null;
  changed();
}

export function onOfferChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};

export function captureInstallOffer(): void {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Our own button replaces the browser's mini-infobar.
    event.preventDefault();
    offer = event as InstallPromptEvent;
    changed();
  });
  window.addEventListener('appinstalled', () => {
    offer = null;
    changed();
  });
}
