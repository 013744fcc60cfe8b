import { render } from 'preact';
import { browser } from 'wxt/browser';
import { systemClock } from '../../utils/date';
import { extensionPlatform } from '../../utils/platform';
import { extensionReminderAccess } from '../../utils/reminder/access';
import { extensionSyncAccess } from '../../utils/sync/access';
import { App } from './App';

function main(): void {
  const root = document.getElementById('app');
  if (!root) return;
  render(
    <App
      environment={{
        clock: systemClock,
        platform: extensionPlatform({ inPopup: false }),
        reminders: extensionReminderAccess,
        sync: extensionSyncAccess,
      }}
      appVersion={browser.runtime.getManifest().version}
    />,
    root,
  );
}

main();
