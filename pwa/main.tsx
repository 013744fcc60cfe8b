/// <reference types="vite-plugin-pwa/vanillajs" />

import { PwaNav, routeFromHash } from '../components/PwaNav';
import { startTodayView } from '../components/screens/startup/boot';
import { PopupShell } from '../components/screens/startup/PopupShell';
import { TodayShell } from '../components/screens/startup/TodayShell';
import { systemClock } from '../utils/date';
import { pwaPlatform } from '../utils/platform';
import { captureInstallOffer } from './install-capture';

function main(): void {
  captureInstallOffer();
  document.documentElement.dataset.build = __PWA_BUILD_ID__;
  const base = import.meta.env.BASE_URL;
  const platform = pwaPlatform(base);
  const route = routeFromHash(location.hash);
  void startTodayView({
    clock: systemClock,
    // The same frame the live shell draws, so nothing moves when it takes over.
    shell: ({ today, card, ticksSaved, onSetState }) => (
      <>
        <PwaNav base={base} route={route} />
        <main class={`page pwa-view pwa-view-${route}`}>
          {route === 'today' && (
            <TodayShell
              card={card}
              behind={today.behind}
              ticksSaved={ticksSaved}
              onSetState={onSetState}
            />
          )}
          {route === 'checklist' && (
            <div data-ticks-saved={ticksSaved ? 'true' : undefined}>
              <PopupShell
                card={card}
                platform={platform}
                behind={today.behind}
                onSetState={onSetState}
              />
            </div>
          )}
        </main>
      </>
    ),
    app: async () => {
      const [{ App }, { registerServiceWorker }] = await Promise.all([
        import('./App'),
        import('./waiting-update'),
      ]);
      const update = registerServiceWorker();
      return (handoff) => (
        <App
          environment={{ clock: systemClock, platform }}
          base={base}
          appVersion={__APP_VERSION__}
          buildId={__PWA_BUILD_ID__}
          update={update}
          // A view chosen while the shell showed (its links are plain) gets focus like any other.
          shellRoute={handoff.shellView ? route : undefined}
          {...handoff}
        />
      );
    },
  });
}

main();
