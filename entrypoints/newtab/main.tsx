import { startTodayView } from '../../components/screens/startup/boot';
import { TodayShell } from '../../components/screens/startup/TodayShell';
import { systemClock } from '../../utils/date';
import { extensionPlatform } from '../../utils/platform';

function main(): void {
  const environment = { clock: systemClock, platform: extensionPlatform({ inPopup: false }) };
  void startTodayView({
    clock: systemClock,
    shell: ({ today, card, ticksSaved, onSetState }) => (
      <main class="page">
        <TodayShell
          card={card}
          behind={today.behind}
          ticksSaved={ticksSaved}
          onSetState={onSetState}
        />
      </main>
    ),
    app: async () => {
      const { App } = await import('./App');
      return (handoff) => <App environment={environment} {...handoff} />;
    },
    // Ask the browser not to evict progress once there is some. Chrome decides silently;
    // Firefox would prompt on a new tab, and keeps extension data anyway.
    afterStart: ({ cachedProfile }) => {
      if (!cachedProfile || import.meta.env.FIREFOX) return;
      void import('../../utils/db/persist').then((persist) => persist.requestPersistentStorage());
    },
  });
}

main();
