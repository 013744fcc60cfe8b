import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PlanOfferNotice } from '../../components/screens/PlanOfferNotice';
import { SetAsideNotice } from '../../components/screens/settings/SetAsideNotice';
import { fixedClock } from '../../utils/date';
import { createProfile } from '../../utils/db/actions';
import { readFloors } from '../../utils/db/meta';
import { localDate } from '../../utils/model/local-date';
import { freshDatabase, renderWithStore } from '../support/render-with-store';
import { PROFILE, START } from '../support/sync-fixtures';

const clock = fixedClock(START + 4 * 86_400_000, 'UTC');

describe('the plan another browser already has', () => {
  it('is offered with its day, and "Use it" makes it this browser’s plan', async () => {
    const db = await freshDatabase();
    await createProfile(db, { ...PROFILE, planId: 'plan-20', syncEnabled: true }, clock);
    await db.meta.put({
      key: 'adoption',
      profile: { ...PROFILE, planId: 'plan-60', startDate: localDate('2030-01-01') },
    });
    renderWithStore(<PlanOfferNotice />, { db, clock });
    await screen.findByRole('heading', {
      name: 'Found your 60-day plan from another browser, on day 5',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Use it' }));
    await waitFor(async () => expect((await db.profile.get('profile'))?.planId).toBe('plan-60'));
    expect((await db.profile.get('profile'))?.provisional).toBeUndefined();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Use it' })).toBeNull());
  });

  it('"Start over here" keeps this browser’s plan and resets everywhere', async () => {
    const db = await freshDatabase();
    await createProfile(db, { ...PROFILE, planId: 'plan-20', syncEnabled: true }, clock);
    await db.meta.put({ key: 'adoption', profile: PROFILE });
    renderWithStore(<PlanOfferNotice />, { db, clock });
    fireEvent.click(await screen.findByRole('button', { name: 'Start over here' }));
    await waitFor(async () => expect((await readFloors(db)).progress).toBeGreaterThan(0));
    const profile = await db.profile.get('profile');
    expect(profile).toMatchObject({ planId: 'plan-20' });
    expect(profile?.provisional).toBeUndefined();
    expect(profile?.updatedAt).toBe((await readFloors(db)).profile);
  });
});

describe('saved items an upgrade set aside', () => {
  it('are reported with a way to download them', async () => {
    const db = await freshDatabase();
    const { container } = renderWithStore(<SetAsideNotice />, { db, clock });
    expect(container.textContent).toBe('');
    await db.backups.add({
      table: 'progress',
      fromVersion: 2,
      rows: [{ itemId: 1 }],
      reason: 'set-aside',
    });
    await screen.findByRole('heading', { name: '1 saved item was set aside' });
    screen.getByRole('button', { name: 'Download the set-aside items' });
  });
});
