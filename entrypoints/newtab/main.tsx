import { render } from 'preact';
import { TodayShell } from '../../components/screens/TodayShell';
import { readProfileStamp, readTodayView } from '../../components/screens/today-cache';
import { todayCardModel } from '../../components/screens/today-card';
import { watchStartupMarks } from '../../components/startup-marks';
import { loadPlan } from '../../utils/curriculum/load-plan';
import { type Clock, type LocalDate, localDateOf, systemClock } from '../../utils/date';
import { extensionPlatform } from '../../utils/platform';

/** Resolves once the browser has painted what is in the DOM now. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Paints today's card from the start-up cache (or, on a new day, from the active plan's
 * module alone) without waiting for IndexedDB; null when there is nothing to paint yet.
 */
async function paintToday(root: HTMLElement, today: LocalDate): Promise<void> {
  const profile = readProfileStamp(localStorage);
  if (!profile) return;
  const card =
    readTodayView(localStorage, today, profile) ??
    todayCardModel(await loadPlan(profile.planId), profile, today);
  if (card) render(<TodayShell card={card} />, root);
}

async function main(clock: Clock): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  watchStartupMarks(root);
  await paintToday(root, localDateOf(clock.now(), clock.timeZone()));
  // The live page (Dexie, every plan, tips) loads only after the task is on screen:
  // fetched any earlier, compiling it delays the first paint.
  await afterNextPaint();
  const [{ App }, { readProfileCache }] = await Promise.all([
    import('./App'),
    import('../../utils/db/profile-cache'),
  ]);
  render(
    <App
      environment={{ clock, platform: extensionPlatform({ inPopup: false }) }}
      cachedProfile={readProfileCache(localStorage)}
    />,
    root,
  );
}

void main(systemClock);
