import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
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

describe('options: start-date sanity', () => {
  it('refuses a year with fewer than four digits, keeps what was typed, saves nothing', async () => {
    const db = await onboarded();
    const before = await db.profile.get('profile');
    showOptions(db);
    const dateInput = (await screen.findByLabelText(/^start date/i)) as HTMLInputElement;
    expect([dateInput.min, dateInput.max]).toEqual(['2021-03-15', '2031-03-15']);
    fireEvent.input(dateInput, { target: { value: '0202-12-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));

    const error = await screen.findByText(
      'The year “0202” has fewer than four digits: type the whole year, like 2026. Nothing was saved.',
    );
    expect(dateInput.getAttribute('aria-describedby')).toBe(error.id);
    expect(dateInput.getAttribute('aria-invalid')).toBe('true');
    expect(dateInput.value).toBe('0202-12-01');
    expect(await db.profile.get('profile')).toEqual(before);
  });

  it('asks in words before saving a start whose plan would be over, and keeps it on request', async () => {
    const db = await onboarded();
    showOptions(db);
    fireEvent.input(await screen.findByLabelText(/^start date/i), {
      target: { value: '2025-01-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    const question = await screen.findByRole('group', {
      name: 'This plan would already be over: start today instead?',
    });
    expect(question.textContent).toContain('438 days ago');
    expect((await db.profile.get('profile'))?.startDate).toBe(localDate('2026-03-01'));
    fireEvent.click(within(question).getByRole('button', { name: 'Keep this date' }));
    await waitFor(async () =>
      expect((await db.profile.get('profile'))?.startDate).toBe(localDate('2025-01-01')),
    );
  });

  it('never asks about the stored start date when only the plan changes', async () => {
    const db = await freshDatabase();
    await db.profile.put(
      newProfile(
        { planId: 'plan-90', startDate: localDate('2025-01-01'), language: 'python' },
        NOW - 1000,
      ),
    );
    showOptions(db);
    fireEvent.click(
      await screen.findByRole('radio', { name: new RegExp(getPlan('plan-20').title) }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(async () => expect((await db.profile.get('profile'))?.planId).toBe('plan-20'));
    expect(screen.queryByRole('group', { name: /already be over/ })).toBeNull();
  });
});

describe('options: start over before any plan', () => {
  it('offers no reset until a plan exists, and says why', async () => {
    showOptions(await freshDatabase());
    await screen.findByRole('link', { name: /choose a plan/i });
    for (const name of ['Reset progress…', 'Reset everything…']) {
      const button = screen.getByRole('button', { name }) as HTMLButtonElement;
      expect(button.disabled).toBe(true);
      expect(
        document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent,
      ).toBe('Nothing to reset yet: choose a plan first, and this is where you can start over.');
    }
  });

  it('offers both once a plan exists', async () => {
    showOptions(await onboarded());
    const button = (await screen.findByRole('button', {
      name: 'Reset everything…',
    })) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
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
