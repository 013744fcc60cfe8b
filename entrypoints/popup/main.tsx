import { render } from 'preact';
import { afterNextPaint } from '../../components/after-next-paint';
import { PopupShell } from '../../components/screens/startup/PopupShell';
import { readCardTicks, readStartupToday } from '../../components/screens/startup/startup-today';
import { withSavedTicks } from '../../components/screens/startup/today-card';
import { watchStartupMarks } from '../../components/startup-marks';
import { type Clock, localDateOf, systemClock } from '../../utils/date';
import { extensionPlatform } from '../../utils/platform';

async function main(clock: Clock): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  watchStartupMarks(root);
  const platform = extensionPlatform({ inPopup: true });
  const startup = await readStartupToday(localStorage, localDateOf(clock.now(), clock.timeZone()));
  let card = startup?.card ?? null;
  const paint = (ticksSaved: boolean) => {
    if (!card) return;
    render(
      <main class="popup" data-ticks-saved={ticksSaved ? 'true' : undefined}>
        <PopupShell card={card} platform={platform} />
      </main>,
      root,
    );
  };
  paint(false);
  // The live popup (Dexie, the hooks) loads only after today's checklist is on screen.
  await afterNextPaint();
  const readTicks = async () => {
    const ticks = card && (await readCardTicks(card));
    if (card && ticks) {
      card = withSavedTicks(card, ticks);
      paint(true);
    }
    return ticks;
  };
  const [{ App }, savedTicks] = await Promise.all([import('./App'), readTicks()]);
  render(
    <App
      environment={{ clock, platform }}
      placeholder={card && <PopupShell card={card} platform={platform} />}
      savedTicks={savedTicks}
    />,
    root,
  );
}

void main(systemClock);
