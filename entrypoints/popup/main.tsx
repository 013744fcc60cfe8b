import { startTodayView } from '../../components/screens/startup/boot';
import { PopupShell } from '../../components/screens/startup/PopupShell';
import { systemClock } from '../../utils/date';
import { extensionPlatform } from '../../utils/platform';

function main(): void {
  const platform = extensionPlatform({ inPopup: true });
  void startTodayView({
    clock: systemClock,
    shell: ({ today, card, ticksSaved, onSetState }) => (
      <main class="popup" data-ticks-saved={ticksSaved ? 'true' : undefined}>
        <PopupShell card={card} platform={platform} behind={today.behind} onSetState={onSetState} />
      </main>
    ),
    app: async () => {
      const { App } = await import('./App');
      return (handoff) => <App environment={{ clock: systemClock, platform }} {...handoff} />;
    },
  });
}

main();
