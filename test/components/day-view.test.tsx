import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NewTabScreen } from '../../components/screens/NewTabScreen';
import { PopupScreen } from '../../components/screens/PopupScreen';
import { newProfile } from '../../components/screens/SetupScreen';
import { getPlan } from '../../utils/curriculum';
import { completeDay } from '../../utils/db/actions';
import type { LocalDate } from '../../utils/model/local-date';
import { localDate } from '../../utils/model/local-date';
import type { PauseRecord } from '../../utils/model/records';
import { extensionPlatform } from '../../utils/platform';
import { freshDatabase, movableClock, renderWithStore } from '../support/render-with-store';

// 2026-03-10 14:00 in Berlin.
const NOON_BERLIN = Date.UTC(2026, 2, 10, 13, 0);
const ZONE = 'Europe/Berlin';

afterEach(cleanup);

async function onboardedDatabase(
  startDate: LocalDate,
  planId: 'plan-20' | 'plan-60' | 'plan-90' = 'plan-20',
) {
  const db = await freshDatabase();
  await db.profile.put(newProfile({ planId, startDate, language: 'python' }, NOON_BERLIN));
  return db;
}

function checklist() {
  return screen.getByRole('list', { name: /checklist for day/i });
}

describe('new tab day view', () => {
  it('walks a first-time user from onboarding to today’s task', async () => {
    const db = await freshDatabase();
    renderWithStore(<NewTabScreen cachedProfile={null} />, {
      db,
      clock: movableClock(NOON_BERLIN, ZONE),
    });

    fireEvent.click(await screen.findByRole('radio', { name: /20-day/i }));
    fireEvent.click(screen.getByRole('button', { name: /start my plan/i }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Day 1 of 20' })).toBeTruthy();
    expect(screen.getByTestId('focus-area').textContent).toBe('Programming Fundamentals');
    const stored = await db.profile.get('profile');
    expect(stored?.planId).toBe('plan-20');
    expect(stored?.startDate).toBe(localDate('2026-03-10'));
  });

  it('refuses an impossible start date and saves nothing', async () => {
    const db = await freshDatabase();
    renderWithStore(<NewTabScreen cachedProfile={null} />, {
      db,
      clock: movableClock(NOON_BERLIN, ZONE),
    });
    const dateInput = await screen.findByLabelText('Start date');
    // Browsers clear an impossible date to '' before the app sees it.
    fireEvent.input(dateInput, { target: { value: '2026-02-30' } });
    fireEvent.click(screen.getByRole('button', { name: /start my plan/i }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /choose a start date|not a date/i,
    );
    expect(await db.profile.count()).toBe(0);
  });

  it('shows the right day and phase for a plan started earlier, and ticks persist', async () => {
    const db = await onboardedDatabase(localDate('2026-03-05')); // day 6 of 20: Database Management (6–8)
    renderWithStore(<NewTabScreen cachedProfile={null} />, {
      db,
      clock: movableClock(NOON_BERLIN, ZONE),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 6 of 20' })).toBeTruthy();
    expect(screen.getByTestId('focus-area').textContent).toBe('Database Management');

    const firstItem = getPlan('plan-20').phases[2]?.days[0]?.items[0];
    if (!firstItem) throw new Error('plan data missing');
    const box = within(checklist()).getAllByRole('checkbox')[0];
    if (!box) throw new Error('no checkbox');
    await waitFor(() => expect((box as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(box);
    await waitFor(async () => expect((await db.progress.get(firstItem.id))?.state).toBe('done'));
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    expect((await db.progress.get(firstItem.id))?.completedOn).toBe(localDate('2026-03-10'));
  });

  it('says how far behind the user is, brings the open items into today, or moves the plan', async () => {
    const db = await onboardedDatabase(localDate('2026-03-06')); // today is day 5, nothing done
    renderWithStore(<NewTabScreen cachedProfile={null} />, {
      db,
      clock: movableClock(NOON_BERLIN, ZONE),
    });
    const pill = await screen.findByRole('group', { name: 'Behind by 4 study days' });
    // Catch up brings days 1–4's open items onto today's card; the plan itself does not move.
    await waitFor(() =>
      expect(within(pill).getByRole('button', { name: 'Catch up' })).toBeTruthy(),
    );
    fireEvent.click(within(pill).getByRole('button', { name: 'Catch up' }));
    const catchUp = await screen.findByTestId('catch-up');
    const dayOneItems = getPlan('plan-20').phases[0]?.days[0]?.items ?? [];
    const dayOne = within(catchUp).getByRole('list', { name: 'Open items from day 1' });
    expect(within(dayOne).getAllByRole('checkbox')).toHaveLength(dayOneItems.length);
    expect(within(catchUp).getByRole('list', { name: 'Open items from day 4' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Day 5 of 20' })).toBeTruthy();
    const firstOfDayOne = within(dayOne).getAllByRole('checkbox')[0] as HTMLInputElement;
    await waitFor(() => expect(firstOfDayOne.disabled).toBe(false));
    fireEvent.click(firstOfDayOne);
    const firstId = dayOneItems[0]?.id ?? '';
    await waitFor(async () => expect((await db.progress.get(firstId))?.state).toBe('done'));
    // Ticked, it leaves the catch-up list.
    await waitFor(() =>
      expect(within(dayOne).getAllByRole('checkbox')).toHaveLength(dayOneItems.length - 1),
    );
    expect((await db.profile.get('profile'))?.startDate).toBe(localDate('2026-03-06'));
    fireEvent.click(
      within(await screen.findByRole('group', { name: /behind/i })).getByRole('button', {
        name: 'Continue from day 1',
      }),
    );
    await waitFor(async () =>
      expect((await db.profile.get('profile'))?.startDate).toBe(localDate('2026-03-10')),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 1 of 20' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: /behind/i })).toBeNull();
  });

  it('on a rest day says when the waiting day comes, and studies anyway on request', async () => {
    const db = await freshDatabase();
    const start = localDate('2026-03-02'); // a Monday; weekends off from the start
    const base = newProfile({ planId: 'plan-20', startDate: start, language: 'python' }, 0);
    await db.profile.put({
      ...base,
      restDays: [0, 6],
      scheduleRules: [{ from: start, restDays: [0, 6] }],
    });
    renderWithStore(<NewTabScreen cachedProfile={null} />, {
      db,
      clock: movableClock(Date.UTC(2026, 2, 14, 11), ZONE), // Saturday 14 March
    });
    const heading = 'Rest day — Day 11 is on Monday';
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Study anyway' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 11 of 20' })).toBeTruthy();
    expect((await db.profile.get('profile'))?.studyAnywayDates).toEqual(['2026-03-14']);
  });

  it('in a pause says until when, and resumes today', async () => {
    const db = await freshDatabase();
    const start = localDate('2026-03-02');
    const pause: PauseRecord = { from: localDate('2026-03-09'), until: localDate('2026-03-15') };
    const base = newProfile({ planId: 'plan-20', startDate: start, language: 'python' }, 0);
    await db.profile.put({ ...base, pauses: [pause] });
    renderWithStore(<NewTabScreen cachedProfile={null} />, {
      db,
      clock: movableClock(NOON_BERLIN, ZONE), // Tuesday 10 March, in the pause
    });
    const heading = 'Paused until Monday, 16 March — Day 8 waits for you';
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Resume today' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 8 of 20' })).toBeTruthy();
    expect((await db.profile.get('profile'))?.pauses).toEqual([
      { from: '2026-03-09', until: '2026-03-09' },
    ]);
  });

  it('counts down to a plan that starts in the future, with a preview of day 1', async () => {
    const db = await onboardedDatabase(localDate('2026-03-13'));
    renderWithStore(<NewTabScreen cachedProfile={null} />, {
      db,
      clock: movableClock(NOON_BERLIN, ZONE),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Starts in 3 days' })).toBeTruthy();
    expect(screen.getByTestId('focus-area').textContent).toBe('Programming Fundamentals');
  });

  it("says time's up while items are open, and finishing them comes first", async () => {
    const db = await onboardedDatabase(localDate('2026-01-01'));
    renderWithStore(<NewTabScreen cachedProfile={null} />, {
      db,
      clock: movableClock(NOON_BERLIN, ZONE),
    });
    const total = getPlan('plan-20').phases.flatMap((phase) => phase.days.flatMap((d) => d.items));
    const left = `${total.length} items`;
    expect(
      await screen.findByRole('heading', { level: 1, name: `Time’s up, ${left} left` }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Plan finished' })).toBeNull();
    expect(screen.queryByRole('group', { name: /behind/i })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: `Finish the remaining ${left}` }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 1 of 20' })).toBeTruthy();
  });

  it('summarises a finished plan, every item resolved, and offers the next one', async () => {
    const db = await onboardedDatabase(localDate('2026-01-01'));
    const plan = getPlan('plan-20');
    const ids = plan.phases.flatMap((phase) => phase.days.flatMap((d) => d.items.map((i) => i.id)));
    expect((await completeDay(db, plan.id, ids, movableClock(NOON_BERLIN, ZONE))).ok).toBe(true);
    renderWithStore(<NewTabScreen cachedProfile={null} />, {
      db,
      clock: movableClock(NOON_BERLIN, ZONE),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan finished' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: /start 60-day/i }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 1 of 60' })).toBeTruthy();
    expect((await db.profile.get('profile'))?.planId).toBe('plan-60');
  });

  it('moves to the next day when the tab becomes visible after local midnight', async () => {
    const db = await onboardedDatabase(localDate('2026-03-10'));
    const clock = movableClock(Date.UTC(2026, 2, 10, 22, 59), ZONE); // 23:59 in Berlin
    renderWithStore(<NewTabScreen cachedProfile={null} />, { db, clock });
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 1 of 20' })).toBeTruthy();
    clock.set(Date.UTC(2026, 2, 10, 23, 1)); // 00:01 on the 11th
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 2 of 20' })).toBeTruthy();
  });

  it('opens another day from the plan timeline and goes back to today', async () => {
    const db = await onboardedDatabase(localDate('2026-03-10'));
    renderWithStore(<NewTabScreen cachedProfile={null} />, {
      db,
      clock: movableClock(NOON_BERLIN, ZONE),
    });
    await screen.findByRole('heading', { level: 1, name: 'Day 1 of 20' });
    // The whole plan waits under "More".
    expect(screen.queryByRole('button', { name: /^open day 12:/i })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^More/ }));
    fireEvent.click(await screen.findByRole('button', { name: /^open day 12:/i }));
    const opened = await screen.findByRole('heading', { level: 1, name: 'Day 12 of 20' });
    await waitFor(() => expect(document.activeElement).toBe(opened));
    expect(screen.getByTestId('focus-area').textContent).toBe('API Development and Integration');
    fireEvent.click(screen.getByRole('button', { name: 'Back to today' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 1 of 20' })).toBeTruthy();
  });
});

describe('popup and new tab together', () => {
  it('a tick in the popup shows in an open new tab without a reload', async () => {
    const db = await onboardedDatabase(localDate('2026-03-10'));
    const clock = movableClock(NOON_BERLIN, ZONE);
    const newTab = renderWithStore(<NewTabScreen cachedProfile={null} />, { db, clock });
    const popup = renderWithStore(<PopupScreen />, {
      db,
      clock,
      platform: extensionPlatform({ inPopup: true }),
    });

    const popupList = await within(popup.container as HTMLElement).findByRole('list', {
      name: "Today's checklist",
    });
    const popupBox = within(popupList).getAllByRole('checkbox')[0] as HTMLInputElement;
    await waitFor(() => expect(popupBox.disabled).toBe(false));
    fireEvent.click(popupBox);

    const tabList = await within(newTab.container as HTMLElement).findByRole('list', {
      name: /checklist for day 1/i,
    });
    await waitFor(() =>
      expect((within(tabList).getAllByRole('checkbox')[0] as HTMLInputElement).checked).toBe(true),
    );
    expect(
      within(popup.container as HTMLElement)
        .getByRole('link', { name: /full day view/i })
        .getAttribute('target'),
    ).toBe('_blank');
  });
});
