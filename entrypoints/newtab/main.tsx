import { render } from 'preact';
import { afterNextPaint } from '../../components/after-next-paint';
import type { DayCardModel } from '../../components/DayCard';
import { readCardTicks, readStartupToday } from '../../components/screens/startup/startup-today';
import { TodayShell } from '../../components/screens/startup/TodayShell';
import { readBehind } from '../../components/screens/startup/today-cache';
import { withSavedTicks } from '../../components/screens/startup/today-card';
import { watchStartupMarks } from '../../components/startup-marks';
import { loadPlan } from '../../utils/curriculum/load-plan';
import type { PlanId } from '../../utils/curriculum/types';
import { type Clock, type LocalDate, localDateOf, systemClock } from '../../utils/date';
import type { SavedTicks } from '../../utils/db/early-read';
import { extensionPlatform } from '../../utils/platform';

interface PaintedToday {
  readonly planId: PlanId;
  readonly card: DayCardModel;
  readonly show: (card: DayCardModel, ticksSaved: boolean) => void;
}

/**
 * Paints today's card from the start-up cache (or, on a new day, from the active plan's
 * module alone) without waiting for IndexedDB; null when there is nothing to paint.
 */
async function paintToday(root: HTMLElement, today: LocalDate): Promise<PaintedToday | null> {
  const startup = await readStartupToday(localStorage, today);
  if (!startup) return null;
  const { profile, card } = startup;
  const behind = readBehind(localStorage, today, profile);
  const show = (shown: DayCardModel, ticksSaved: boolean) =>
    render(<TodayShell card={shown} behind={behind} ticksSaved={ticksSaved} />, root);
  show(card, false);
  return { planId: profile.planId, card, show };
}

/** The painted card's saved ticks, straight from IndexedDB; shown in the shell when they arrive. */
async function showSavedTicks(painted: PaintedToday | null): Promise<SavedTicks | null> {
  if (!painted) return null;
  const ticks = await readCardTicks(painted.card);
  if (ticks) painted.show(withSavedTicks(painted.card, ticks), true);
  return ticks;
}

async function main(clock: Clock): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  watchStartupMarks(root);
  const painted = await paintToday(root, localDateOf(clock.now(), clock.timeZone()));
  // The live page (Dexie, the day page) loads only after the task is on screen:
  // fetched any earlier, compiling it delays the first paint.
  await afterNextPaint();
  const [{ App }, { readProfileCache }, savedTicks] = await Promise.all([
    import('./App'),
    import('../../utils/db/profile-cache'),
    showSavedTicks(painted),
    // The live page renders the active plan synchronously once it is loaded.
    painted && loadPlan(painted.planId),
  ]);
  const cachedProfile = readProfileCache(localStorage);
  render(
    <App
      environment={{ clock, platform: extensionPlatform({ inPopup: false }) }}
      cachedProfile={cachedProfile}
      savedTicks={savedTicks}
    />,
    root,
  );
  // Ask the browser not to evict progress once there is some. Chrome decides silently;
  // Firefox would prompt on a new tab, and keeps extension data anyway.
  if (cachedProfile && !import.meta.env.FIREFOX) {
    const { requestPersistentStorage } = await import('../../utils/db/persist');
    void requestPersistentStorage();
  }
}

void main(systemClock);
