import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { NewTabScreen } from '../../components/screens/NewTabScreen';
import { newProfile } from '../../components/screens/SetupScreen';
import { saveNote } from '../../utils/db/actions';
import type { CardSettings } from '../../utils/model/cards';
import { type LocalDate, localDate } from '../../utils/model/local-date';
import { freshDatabase, movableClock, renderWithStore } from '../support/render-with-store';

// 2026-03-10 14:00 in Berlin: day 10 of a plan started on 2026-03-01 (not a phase's first day).
const NOON_BERLIN = Date.UTC(2026, 2, 10, 13, 0);
const ZONE = 'Europe/Berlin';

afterEach(cleanup);

async function dayView(startDate: LocalDate, cards?: CardSettings) {
  const db = await freshDatabase();
  const profile = newProfile({ planId: 'plan-20', startDate, language: 'python' }, NOON_BERLIN);
  await db.profile.put(cards ? { ...profile, cards } : profile);
  const clock = movableClock(NOON_BERLIN, ZONE);
  renderWithStore(<NewTabScreen cachedProfile={null} />, { db, clock });
  await screen.findByRole('heading', { level: 1, name: /^Day \d+ of 20$/ });
  return { db, clock };
}

describe('calm day view', () => {
  it('shows only the day card and its one-line stats by default; More (or m) holds the rest', async () => {
    await dayView(localDate('2026-03-03'));
    await waitFor(() =>
      expect(screen.getByTestId('day-stats').textContent).toMatch(/^\d+% of the plan/),
    );
    for (const heading of ['Progress', 'Tip of the day', 'The job you are heading for'])
      expect(screen.queryByRole('heading', { name: heading })).toBeNull();
    const more = screen.getByRole('button', { name: /^More/ });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.textContent).toContain('The whole plan');

    fireEvent.keyDown(document.body, { key: 'm' });
    await waitFor(() => expect(more.getAttribute('aria-expanded')).toBe('true'));
    expect(await screen.findByRole('heading', { name: 'Progress' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '20-day sprint: the whole plan' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Tip of the day' })).toBeTruthy();
    fireEvent.click(more);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Progress' })).toBeNull());
  });

  it('brings the tip and career facts forward on the first day of a phase, and not on others', async () => {
    // The 20-day plan's second phase begins on day 6: 2026-03-10 is day 6 from 2026-03-05.
    await dayView(localDate('2026-03-05'));
    expect(await screen.findByRole('heading', { name: 'Tip of the day' })).toBeTruthy();
    expect(
      await screen.findByRole('heading', { name: 'The job you are heading for' }),
    ).toBeTruthy();
    cleanup();
    await dayView(localDate('2026-03-04'));
    await screen.findByTestId('day-stats');
    expect(screen.queryByRole('heading', { name: 'The job you are heading for' })).toBeNull();
  });

  it('pins what the profile says: progress always, the tip never', async () => {
    await dayView(localDate('2026-03-05'), { progress: 'show', tip: 'hide' });
    expect(await screen.findByRole('heading', { name: 'Progress' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Tip of the day' })).toBeNull();
    // Career facts still follow their default: a phase begins today.
    expect(screen.getByRole('heading', { name: 'The job you are heading for' })).toBeTruthy();
  });

  it('acknowledges a completed day with what comes next, and Undo reopens exactly what it marked', async () => {
    const { db } = await dayView(localDate('2026-03-01'));
    const boxes = () => screen.getAllByRole('checkbox') as HTMLInputElement[];
    await waitFor(() => expect(boxes()[0]?.disabled).toBe(false));
    fireEvent.click(boxes()[0] as HTMLInputElement);
    await waitFor(() => expect(boxes()[0]?.checked).toBe(true));
    const before = await db.progress.toArray();

    fireEvent.click(screen.getByRole('button', { name: 'Mark the whole day complete' }));
    const notice = await screen.findByTestId('day-complete');
    expect(notice.textContent).toMatch(/Day 10 complete\. Tomorrow: Day 11 — /);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.queryByTestId('day-complete')).toBeNull());
    await waitFor(async () => {
      const after = await db.progress.toArray();
      const done = after.filter((row) => row.state !== 'open');
      expect(
        done.map(({ itemId, state, completedAt, completedOn }) => ({
          itemId,
          state,
          completedAt,
          completedOn,
        })),
      ).toEqual(
        before.map(({ itemId, state, completedAt, completedOn }) => ({
          itemId,
          state,
          completedAt,
          completedOn,
        })),
      );
    });
    expect((await db.activity.toArray()).map((row) => row.count)).toEqual([1]);
  });

  it("shows a past day's own note when that day is opened", async () => {
    const { db, clock } = await dayView(localDate('2026-03-01'));
    expect((await saveNote(db, localDate('2026-03-04'), 'Day four: indexes', clock)).ok).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /^More/ }));
    expect(
      (await screen.findByRole('textbox', { name: 'Note for today' })).getAttribute('dir'),
    ).toBe('auto');
    fireEvent.click(await screen.findByRole('button', { name: /^open day 4:/i }));
    const box = (await screen.findByRole('textbox', {
      name: /^Note for day 4 \(Wed 4 Mar\)$/,
    })) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe('Day four: indexes'));
  });

  it('shows every note on its own view, and t comes back to today from there', async () => {
    const { db, clock } = await dayView(localDate('2026-03-01'));
    await waitFor(() => expect(screen.getByTestId('day-stats').textContent).toMatch(/^\d+%/));
    expect((await saveNote(db, localDate('2026-03-02'), 'Two: loops', clock)).ok).toBe(true);
    expect((await saveNote(db, localDate('2026-03-05'), 'Five: sets', clock)).ok).toBe(true);
    location.hash = '#notes';
    const heading = await screen.findByRole('heading', { level: 1, name: 'Your notes' });
    expect(heading).toBeTruthy();
    const entries = () => screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
    await waitFor(() => expect(entries()).toHaveLength(2));
    expect(entries()[0]).toContain('Five: sets');
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search notes' }), {
      target: { value: 'LOOPS' },
    });
    await waitFor(() => expect(entries()).toHaveLength(1));
    expect(entries()[0]).toContain('Day 2');
    fireEvent.keyDown(document.body, { key: 't' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Day 10 of 20' })).toBeTruthy();
    location.hash = '';
  });
});
