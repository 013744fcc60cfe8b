import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupScreen } from '../../components/screens/PopupScreen';
import { newProfile } from '../../components/screens/SetupScreen';
import { PopupShell } from '../../components/screens/startup/PopupShell';
import { todayCardModel, withSavedTicks } from '../../components/screens/startup/today-card';
import { getPlan } from '../../utils/curriculum';
import { localDate } from '../../utils/model/local-date';
import { extensionPlatform } from '../../utils/platform';
import { freshDatabase, movableClock, renderWithStore } from '../support/render-with-store';

// 2026-03-12 14:00 in Berlin: day 3 of a plan started on the 10th.
const AFTERNOON_BERLIN = Date.UTC(2026, 2, 12, 13, 0);
const ZONE = 'Europe/Berlin';
const PROFILE = {
  planId: 'plan-20',
  startDate: localDate('2026-03-10'),
  language: 'python',
} as const;
const platform = extensionPlatform({ inPopup: true });

afterEach(cleanup);

function cardForToday() {
  const card = todayCardModel(getPlan('plan-20'), PROFILE, localDate('2026-03-12'));
  if (!card) throw new Error('plan-20 has no day on 2026-03-12');
  return card;
}

function shownDay(container: HTMLElement) {
  const view = within(container);
  const boxes = view.getAllByRole('checkbox') as HTMLInputElement[];
  return {
    heading: view.getByTestId('day-heading').textContent,
    focus: view.getByTestId('focus-area').textContent,
    // The task text; the live popup adds each item's study time once the details arrive.
    rows: view.getAllByRole('listitem').map((row) => row.querySelector('.item-text')?.textContent),
    checked: boxes.map((box) => box.checked),
    disabled: boxes.map((box) => box.disabled),
  };
}

/** The live popup on day 3 with nothing ticked, once its checklist takes clicks. */
async function renderLivePopup(): Promise<HTMLElement> {
  const db = await freshDatabase();
  await db.profile.put(newProfile(PROFILE, AFTERNOON_BERLIN));
  const live = renderWithStore(<PopupScreen />, {
    db,
    clock: movableClock(AFTERNOON_BERLIN, ZONE),
    platform,
  });
  const container = live.container as HTMLElement;
  await waitFor(() => expect(shownDay(container).disabled.some(Boolean)).toBe(false));
  return container;
}

describe('popup start-up shell', () => {
  it('shows the same day, focus and rows as the live popup, not yet editable', async () => {
    const shell = render(<PopupShell card={cardForToday()} platform={platform} behind={null} />);
    const painted = shownDay(shell.container as HTMLElement);
    expect(painted.heading).toBe('Day 3 of 20');
    expect(painted.disabled.every(Boolean)).toBe(true);
    expect(screen.getByTestId('quick-stats').textContent).toBe('–% of the plan · streak –');
    cleanup();

    const container = await renderLivePopup();
    const liveDay = shownDay(container);
    // Nothing is ticked on day 3: the live popup, knowing the progress, adds the state.
    expect(liveDay.heading).toBe(`${painted.heading} · behind by 2 study days`);
    expect(liveDay.focus).toBe(painted.focus);
    expect(liveDay.rows).toEqual(painted.rows);
    await waitFor(() => expect(container.querySelectorAll('.item-study')).toHaveLength(4));
    expect(container.querySelector('.item-study')?.textContent).toMatch(/^\d+ min$/);
  });

  it('words a cached behind status as the live popup will, so the heading keeps its length', async () => {
    const shell = render(
      <PopupShell
        card={cardForToday()}
        platform={platform}
        behind={{ days: 2, firstUnfinishedDay: 1 }}
      />,
    );
    const painted = shownDay(shell.container as HTMLElement).heading;
    cleanup();

    const container = await renderLivePopup();
    expect(painted).toBe('Day 3 of 20 · behind by 2 study days');
    expect(shownDay(container).heading).toBe(painted);
  });

  it('shows early-read ticks as checked', () => {
    const card = cardForToday();
    const first = card.items[0];
    if (!first) throw new Error('day 3 has no items');
    const shell = render(
      <PopupShell
        card={withSavedTicks(card, new Map([[first.id, 'done']]))}
        platform={platform}
        behind={null}
      />,
    );
    expect(shownDay(shell.container as HTMLElement).checked[0]).toBe(true);
  });

  it('keeps the start-up shell on screen while the live popup loads the profile', async () => {
    const db = await freshDatabase();
    await db.profile.put(newProfile(PROFILE, AFTERNOON_BERLIN));
    renderWithStore(<PopupScreen placeholder={<p>start-up shell</p>} />, {
      db,
      clock: movableClock(AFTERNOON_BERLIN, ZONE),
      platform,
    });
    expect(screen.getByText('start-up shell')).toBeTruthy();
    expect(await screen.findByTestId('day-heading')).toBeTruthy();
    expect(screen.queryByText('start-up shell')).toBeNull();
  });
});
