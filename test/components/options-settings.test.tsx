import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsScreen } from '../../components/screens/OptionsScreen';
import { newProfile } from '../../components/screens/SetupScreen';
import { getPlan } from '../../utils/curriculum';
import { fixedClock } from '../../utils/date';
import { setItemState, updateProfile } from '../../utils/db/actions';
import type { BackendPathDatabase } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import { freshDatabase, renderWithStore } from '../support/render-with-store';

// 2026-03-15 11:00 in Berlin.
const NOW = Date.UTC(2026, 2, 15, 10);
const clock = fixedClock(NOW, 'Europe/Berlin');

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('data-theme');
});

async function onboarded(): Promise<BackendPathDatabase> {
  const db = await freshDatabase();
  await db.profile.put(
    newProfile(
      { planId: 'plan-20', startDate: localDate('2026-03-01'), language: 'python' },
      NOW - 1000,
    ),
  );
  return db;
}

function showOptions(db: BackendPathDatabase) {
  renderWithStore(<OptionsScreen appVersion="1.2.3" />, { db, clock });
}

describe('options: privacy', () => {
  it('links the privacy policy shipped with the extension, opening in a new tab', async () => {
    showOptions(await onboarded());
    const link = await screen.findByRole('link', { name: 'Privacy policy' });
    expect(link.getAttribute('href')).toBe('/privacy.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});

describe('options: plan and start date', () => {
  it('switches the plan and keeps the ticks made on the old plan', async () => {
    const db = await onboarded();
    const oldItem = getPlan('plan-20').phases[0]?.days[0]?.items[0]?.id ?? '';
    await setItemState(db, { itemId: oldItem, planId: 'plan-20', state: 'done' }, clock);
    showOptions(db);

    fireEvent.click(
      await screen.findByRole('radio', { name: new RegExp(getPlan('plan-60').title) }),
    );
    expect(screen.getByText(/your ticks on the other plan are kept/i)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));

    await waitFor(async () => expect((await db.profile.get('profile'))?.planId).toBe('plan-60'));
    expect((await db.progress.get(oldItem))?.state).toBe('done');
    expect(await screen.findByText(/saved: you are now on the/i)).toBeTruthy();
  });

  it('refuses a missing start date with an inline error and saves nothing', async () => {
    const db = await onboarded();
    const before = await db.profile.get('profile');
    showOptions(db);

    const dateInput = await screen.findByLabelText(/^start date/i);
    fireEvent.input(dateInput, { target: { value: '' } });
    fireEvent.click(screen.getByRole('radio', { name: new RegExp(getPlan('plan-90').title) }));
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));

    expect(await screen.findByText(/choose a start date\. nothing was saved\./i)).toBeTruthy();
    expect(dateInput.getAttribute('aria-invalid')).toBe('true');
    expect(await db.profile.get('profile')).toEqual(before);
  });

  it('saves a new start date and language', async () => {
    const db = await onboarded();
    showOptions(db);

    fireEvent.input(await screen.findByLabelText(/^start date/i), {
      target: { value: localDate('2026-03-10') },
    });
    fireEvent.click(screen.getByRole('radio', { name: 'Java' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));

    await waitFor(async () =>
      expect((await db.profile.get('profile'))?.startDate).toBe(localDate('2026-03-10')),
    );
    expect((await db.profile.get('profile'))?.language).toBe('java');
  });
});

describe('options: preferences', () => {
  it('applies the chosen theme at once and saves it', async () => {
    const db = await onboarded();
    showOptions(db);

    fireEvent.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await waitFor(async () => expect((await db.profile.get('profile'))?.theme).toBe('dark'));
    expect(await screen.findByText('Theme saved.')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Same as my system' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('stores rest days as weekday numbers counted from Sunday', async () => {
    const db = await onboarded();
    showOptions(db);

    fireEvent.click(await screen.findByRole('checkbox', { name: 'Sunday' }));
    await waitFor(async () => expect((await db.profile.get('profile'))?.restDays).toEqual([0]));
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Saturday' }));
    await waitFor(async () => expect((await db.profile.get('profile'))?.restDays).toEqual([0, 6]));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sunday' }));
    await waitFor(async () => expect((await db.profile.get('profile'))?.restDays).toEqual([6]));
  });

  it('shows a change made in another tab', async () => {
    const db = await onboarded();
    showOptions(db);
    await screen.findByRole('radio', { name: 'Light' });

    await updateProfile(db, { theme: 'light', planId: 'plan-90' }, clock);

    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Light' }) as HTMLInputElement).checked).toBe(true),
    );
    const plan90 = screen.getByRole('radio', {
      name: new RegExp(getPlan('plan-90').title),
    }) as HTMLInputElement;
    expect(plan90.checked).toBe(true);
  });

  it('without a plan yet, links to the day view to choose one', async () => {
    const db = await freshDatabase();
    showOptions(db);
    const link = await screen.findByRole('link', { name: /choose a plan/i });
    expect(link.getAttribute('href')).toBe('/newtab.html');
    expect(screen.queryByRole('button', { name: 'Save plan' })).toBeNull();
  });
});
