import { render } from 'preact';
import { systemClock } from '../../utils/date';
import { readProfileCache } from '../../utils/db/profile-cache';
import { extensionPlatform } from '../../utils/platform';
import { App } from './App';

function main(): void {
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <App
      environment={{ clock: systemClock, platform: extensionPlatform({ inPopup: false }) }}
      cachedProfile={readProfileCache(localStorage)}
    />,
    root,
  );
}

main();
