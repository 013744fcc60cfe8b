import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsScreen } from '../../components/screens/OptionsScreen';
import { newProfile } from '../../components/screens/SetupScreen';
import { fixedClock } from '../../utils/date';
import type { BackendPathDatabase } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import type { PauseRecord } from '../../utils/model/records';
import { freshDatabase, renderWithStore } from '../support/render-with-store';

// Sunday 2026-03-15, 11:00 in Berlin.
const NOW = Date.UTC(2026, 2, 15, 10);
const clock = fixedClock(NOW, 'Europe/Berlin');

afterEach(cleanup);

async function onboarded(pauses?: readonly PauseRecord[]): Promise<BackendPathDatabase> {
  const db = await freshDatabase();
  const profile = newProfile(
    { planId: 'plan-20', startDate: localDate('2026-03-01'), language: 'python' },
    NOW - 1000,
  );
  await db.profile.put(pauses ? { ...profile, pauses } : profile);
  return db;
}

async function storedPauses(db: BackendPathDatabase) {
  return (await db.profile.get('profile'))?.pauses;
}

async function typeAway(from: string, until: string) {
  fireEvent.input(await screen.findByLabelText('From (first day away)'), {
    target: { value: from },
  });
  fireEvent.input(screen.getByLabelText('To (last day away)'), { target: { value: until } });
  fireEvent.click(screen.getByRole('button', { name: 'Add pause' }));
}

function show(db: BackendPathDatabase) {
  renderWithStore(<OptionsScreen appVersion="1.2.3" />, { db, clock });
}

describe('options: time away', () => {
  it('adds "I’m away from … to …" and lists it, with Remove', async () => {
    const db = await onboarded();
    show(db);
    expect(await screen.findByText('No pause planned.')).toBeTruthy();
    await typeAway('2026-03-23', '2026-03-29');
    await waitFor(async () =>
      expect(await storedPauses(db)).toEqual([{ from: '2026-03-23', until: '2026-03-29' }]),
    );
    const row = await screen.findByTestId('pause-row');
    expect(row.textContent).toContain('From Monday, 23 March to Sunday, 29 March');
    expect(screen.getByText(/^Pause saved: from Monday, 23 March/)).toBeTruthy();
    // Saved, so the form is empty for the next one.
    expect((screen.getByLabelText('From (first day away)') as HTMLInputElement).value).toBe('');

    fireEvent.click(within(row).getByRole('button', { name: 'Remove' }));
    await waitFor(async () => expect(await storedPauses(db)).toEqual([]));
    expect(await screen.findByText('No pause planned.')).toBeTruthy();
  });

  it.each([
    {
      name: 'an end before the start',
      from: '2026-03-23',
      until: '2026-03-20',
      field: 'To (last day away)',
      error: 'The last day away must be on or after the first day away. Nothing was saved.',
    },
    {
      name: 'a start before today, which would renumber lived days',
      from: '2026-03-10',
      until: '2026-03-20',
      field: 'From (first day away)',
      error: /^Choose today or a later day: days already lived keep their plan days/,
    },
    {
      name: 'a missing end',
      from: '2026-03-23',
      until: '',
      field: 'To (last day away)',
      error: 'Choose the last day you are away. Nothing was saved.',
    },
    {
      name: 'an overlap with a planned pause',
      from: '2026-03-28',
      until: '2026-04-02',
      field: 'From (first day away)',
      error:
        'This overlaps your pause from Monday, 23 March to Sunday, 29 March: remove or end that one first. Nothing was saved.',
    },
  ])('refuses $name inline and keeps what was typed', async ({ from, until, field, error }) => {
    const planned = [{ from: localDate('2026-03-23'), until: localDate('2026-03-29') }];
    const db = await onboarded(planned);
    show(db);
    await typeAway(from, until);
    const input = (await screen.findByLabelText(field)) as HTMLInputElement;
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(input.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toMatch(error);
    expect((screen.getByLabelText('From (first day away)') as HTMLInputElement).value).toBe(from);
    expect((screen.getByLabelText('To (last day away)') as HTMLInputElement).value).toBe(until);
    expect(await storedPauses(db)).toEqual(planned);
  });

  it('pauses from today until resumed, and resumes today', async () => {
    const db = await onboarded();
    show(db);
    fireEvent.click(await screen.findByRole('button', { name: 'Pause from today' }));
    await waitFor(async () =>
      expect(await storedPauses(db)).toEqual([{ from: '2026-03-15', until: null }]),
    );
    const row = await screen.findByTestId('pause-row');
    expect(row.textContent).toContain('Paused now: From today until you resume');
    // Already paused: no second open-ended pause is offered.
    expect(screen.queryByRole('button', { name: 'Pause from today' })).toBeNull();

    fireEvent.click(within(row).getByRole('button', { name: 'Resume today' }));
    // It began today, so resuming today leaves no pause at all.
    await waitFor(async () => expect(await storedPauses(db)).toEqual([]));
    expect(await screen.findByText('Resumed: today is a study day again.')).toBeTruthy();
  });

  it('ends a pause that began earlier yesterday, keeping the days lived in it', async () => {
    const db = await onboarded([{ from: localDate('2026-03-10'), until: null }]);
    show(db);
    const row = await screen.findByTestId('pause-row');
    expect(row.textContent).toContain('Paused now: From Tuesday, 10 March until you resume');
    fireEvent.click(within(row).getByRole('button', { name: 'Resume today' }));
    await waitFor(async () =>
      expect(await storedPauses(db)).toEqual([{ from: '2026-03-10', until: '2026-03-14' }]),
    );
  });

  it('refuses seven rest days and points to the pause section below it', async () => {
    const db = await onboarded();
    show(db);
    const restDays = await screen.findAllByRole('checkbox');
    for (const box of restDays.slice(0, 6)) {
      fireEvent.click(box);
      await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));
    }
    await waitFor(async () => expect((await db.profile.get('profile'))?.restDays).toHaveLength(6));
    const last = restDays[6] as HTMLInputElement;
    fireEvent.click(last);
    expect(await screen.findByText(/To take time off, add a pause below instead/)).toBeTruthy();
    expect((await db.profile.get('profile'))?.restDays).toHaveLength(6);
    await waitFor(() => expect(last.checked).toBe(false));
    // "Below" is true: the pause section follows the rest days.
    const week = screen.getByRole('heading', { name: 'Week, look and reminders' });
    const away = screen.getByRole('heading', { name: 'Time away' });
    expect(week.compareDocumentPosition(away) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
