/// <reference types="vite-plugin-pwa/vanillajs" />

import { registerSW } from 'virtual:pwa-register';
import { render } from 'preact';

function main(): void {
  const root = document.getElementById('app');
  if (root) render(<main>Backend Path</main>, root);
  // 'prompt' mode: a new version waits until the app asks the user; the UI for that comes later.
  registerSW({ immediate: true });
}

main();
