/// <reference types="vite-plugin-pwa/vanillajs" />

import { render } from 'preact';
import { watchStartupMarks } from '../components/startup-marks';
import { loadPlan } from '../utils/curriculum/load-plan';
import { systemClock } from '../utils/date';
import { requestPersistentStorage } from '../utils/db/persist';
import { readProfileCache } from '../utils/db/profile-cache';
import { pwaPlatform } from '../utils/platform';
import { App } from './App';
import { registerServiceWorker } from './waiting-update';

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  watchStartupMarks(root);
  document.documentElement.dataset.build = __PWA_BUILD_ID__;
  const base = import.meta.env.BASE_URL;
  const cachedProfile = readProfileCache(localStorage);
  // The cached day page renders the active plan synchronously: have it ready for the first render.
  if (cachedProfile) await loadPlan(cachedProfile.planId);
  render(
    <App
      environment={{ clock: systemClock, platform: pwaPlatform(base) }}
      base={base}
      cachedProfile={cachedProfile}
      appVersion={__APP_VERSION__}
      buildId={__PWA_BUILD_ID__}
      update={registerServiceWorker()}
      // Best effort and in the background: the browser may say no, and rendering never waits.
      onOnboarded={() => void requestPersistentStorage()}
    />,
    root,
  );
}

void main();
