import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SetupScreen } from '../../components/screens/SetupScreen';
import { localDate } from '../../utils/model/local-date';
import { extensionPlatform, pwaPlatform } from '../../utils/platform';
import { freshDatabase, movableClock, renderWithStore } from '../support/render-with-store';

const NOON = Date.UTC(2026, 2, 10, 12);
const TODAY = localDate('2026-03-10');

afterEach(cleanup);

async function onboard(platform: ReturnType<typeof extensionPlatform>, turnSyncOn: boolean) {
  const db = await freshDatabase();
  renderWithStore(<SetupScreen today={TODAY} />, {
    db,
    clock: movableClock(NOON, 'UTC'),
    platform,
  });
  await screen.findByRole('button', { name: 'Start my plan' });
  if (turnSyncOn) fireEvent.click(screen.getByRole('checkbox', { name: /^Sync my progress/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Start my plan' }));
  await waitFor(async () => expect(await db.profile.get('profile')).toBeDefined());
  return (await db.profile.get('profile'))?.syncEnabled;
}

describe('the sync question at onboarding', () => {
  it('leaves sync off unless the learner turns it on', async () => {
    expect(await onboard(extensionPlatform({ inPopup: false }), false)).toBe(false);
    cleanup();
    expect(await onboard(extensionPlatform({ inPopup: false }), true)).toBe(true);
  });

  it('is not asked in the PWA, which has no browser sync', async () => {
    const db = await freshDatabase();
    renderWithStore(<SetupScreen today={TODAY} />, {
      db,
      clock: movableClock(NOON, 'UTC'),
      platform: pwaPlatform('/'),
    });
    await screen.findByRole('button', { name: 'Start my plan' });
    expect(screen.queryByRole('checkbox', { name: /^Sync my progress/ })).toBeNull();
  });
});
