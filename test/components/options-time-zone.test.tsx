import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsScreen } from '../../components/screens/OptionsScreen';
import { newProfile } from '../../components/screens/SetupScreen';
import { type Clock, fixedClock } from '../../utils/date';
import { localDate } from '../../utils/model/local-date';
import { freshDatabase, renderWithStore } from '../support/render-with-store';

const NOW = Date.UTC(2026, 2, 15, 10);

afterEach(cleanup);

async function showOptions(clock: Clock) {
  const db = await freshDatabase();
  await db.profile.put(
    newProfile(
      { planId: 'plan-20', startDate: localDate('2026-03-01'), language: 'python' },
      NOW - 1000,
    ),
  );
  renderWithStore(<OptionsScreen appVersion="1.2.3" />, { db, clock });
  await screen.findByRole('heading', { level: 1, name: 'Backend Path settings' });
}

function fellBackClock(zone: string): Clock {
  return { ...fixedClock(NOW, zone), timeZoneFellBack: () => true };
}

describe('options: time zone note', () => {
  it('says once which zone stands in when the system zone could not be read', async () => {
    await showOptions(fellBackClock('Etc/GMT-3'));
    const notes = screen.getAllByRole('note');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.textContent).toBe(
      'Your system’s time zone could not be read, so Backend Path uses UTC+03:00. Days turn at midnight in that zone.',
    );
  });

  it('names plain UTC when that is the stand-in', async () => {
    await showOptions(fellBackClock('UTC'));
    expect(screen.getByRole('note').textContent).toContain('Backend Path uses UTC.');
  });

  it('says nothing when the system zone was read', async () => {
    await showOptions(fixedClock(NOW, 'Europe/Berlin'));
    expect(screen.queryByText(/time zone could not be read/)).toBeNull();
  });
});
