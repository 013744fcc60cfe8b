/// <reference types="vite-plugin-pwa/vanillajs" />

import { render } from 'preact';
import { watchStartupMarks } from '../components/startup-marks';
import { systemClock } from '../utils/date';
import { requestPersistentStorage } from '../utils/db/persist';
import { readProfileCache } from '../utils/db/profile-cache';
import { pwaPlatform } from '../utils/platform';
import { App } from './App';
import { registerServiceWorker } from './waiting-update';

function main(): void {
  const root = document.getElementById('app');
  if (!root) return;
  watchStartupMarks(root);
  document.documentElement.dataset.build = __PWA_BUILD_ID__;
  const base = import.meta.env.BASE_URL;
  render(
    <App
      environment={{ clock: systemClock, platform: pwaPlatform(base) }}
      base={base}
      cachedProfile={readProfileCache(localStorage)}
      appVersion={__APP_VERSION__}
      buildId={__PWA_BUILD_ID__}
      update={registerServiceWorker()}
      // Best effort and in the background: the browser may say no, and rendering never waits.
      onOnboarded={() => void requestPersistentStorage()}
    />,
    root,
  );
}

main();
