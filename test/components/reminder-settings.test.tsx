import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { AppContext } from '../../components/app-context';
import { ProgressCard } from '../../components/ProgressCard';
import { OptionsScreen } from '../../components/screens/OptionsScreen';
import { newProfile } from '../../components/screens/SetupScreen';
import { fixedClock } from '../../utils/date';
import { DatabaseProvider } from '../../utils/db/context';
import type { BackendPathDatabase } from '../../utils/db/schema';
import { localDate } from '../../utils/model/local-date';
import { extensionPlatform, type Platform, pwaPlatform } from '../../utils/platform';
import type { ReminderAccess } from '../../utils/reminder/access';
import { freshDatabase } from '../support/render-with-store';

const NOW = Date.UTC(2026, 2, 15, 10);
const clock = fixedClock(NOW, 'Europe/Berlin');

afterEach(cleanup);

/** Records what the options page asked of the extension. */
function fakeAccess(grant: boolean) {
  const calls: string[] = [];
  const access: ReminderAccess = {
    requestPermission: async () => {
      calls.push('request');
      return grant;
    },
    releasePermission: async () => {
      calls.push('release');
    },
    scheduleChanged: async () => {
      calls.push('schedule');
    },
  };
  return { access, calls };
}

async function showOptions(platform: Platform, reminders?: ReminderAccess) {
  const db: BackendPathDatabase = await freshDatabase();
  await db.profile.put(
    newProfile(
      { planId: 'plan-20', startDate: localDate('2026-03-01'), language: 'python' },
      NOW - 1000,
    ),
  );
  render(
    <AppContext.Provider value={{ clock, platform, reminders }}>
      <DatabaseProvider db={db}>
        <OptionsScreen appVersion="1.2.3" />
      </DatabaseProvider>
    </AppContext.Provider>,
  );
  return db;
}

const reminderSwitch = () => screen.findByRole('switch', { name: /remind me about today/i });

describe('options: daily reminder', () => {
  it('asks for notifications, then saves the time and reschedules', async () => {
    const { access, calls } = fakeAccess(true);
    const db = await showOptions(extensionPlatform({ inPopup: false }), access);
    fireEvent.input(await screen.findByLabelText('Remind me at'), { target: { value: '07:30' } });
    fireEvent.change(screen.getByLabelText('Remind me at'), { target: { value: '07:30' } });
    fireEvent.click(await reminderSwitch());

    expect(await screen.findByText('Reminder set for 07:30 each day.')).toBeTruthy();
    expect((await db.profile.get('profile'))?.reminderTime).toBe('07:30');
    await waitFor(() => expect(calls).toEqual(['request', 'schedule']));
    expect(((await reminderSwitch()) as HTMLInputElement).checked).toBe(true);
  });

  it('stays off and says why when notifications are refused', async () => {
    const { access, calls } = fakeAccess(false);
    const db = await showOptions(extensionPlatform({ inPopup: false }), access);
    fireEvent.click(await reminderSwitch());

    expect(await screen.findByText(/notifications were not allowed/i)).toBeTruthy();
    expect(calls).toEqual(['request']);
    expect((await db.profile.get('profile'))?.reminderTime).toBeNull();
    expect(((await reminderSwitch()) as HTMLInputElement).checked).toBe(false);
  });

  it('turns off: saves null, reschedules and releases the permission', async () => {
    const { access, calls } = fakeAccess(true);
    const db = await showOptions(extensionPlatform({ inPopup: false }), access);
    await db.profile.update('profile', { reminderTime: '08:00' });
    await waitFor(async () =>
      expect(((await reminderSwitch()) as HTMLInputElement).checked).toBe(true),
    );
    fireEvent.click(await reminderSwitch());

    expect(await screen.findByText('Reminder turned off.')).toBeTruthy();
    expect((await db.profile.get('profile'))?.reminderTime).toBeNull();
    await waitFor(() => expect(calls).toEqual(['schedule', 'release']));
  });

  it('in the PWA points to the extension and asks for nothing', async () => {
    const { access, calls } = fakeAccess(true);
    await showOptions(pwaPlatform('/'), access);
    expect(
      await screen.findByText('Reminders are available in the browser extension.'),
    ).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(calls).toEqual([]);
  });
});

describe('progress card: streak freezes', () => {
  const model = {
    overall: { resolved: 3, total: 10 },
    phase: null,
    streak: { current: 8, best: 8, todayDone: true },
    heatmap: [],
  };

  it('says which day a freeze covered and how many are banked', () => {
    render(
      <ProgressCard model={{ ...model, freezes: { banked: 1, coveredLabels: ['Tue 10 Mar'] } }} />,
    );
    expect(screen.getByTestId('streak-freezes').textContent).toBe(
      'A streak freeze covered Tue 10 Mar. 1 freeze banked.',
    );
  });

  it('shows nothing about freezes before any is earned', () => {
    render(<ProgressCard model={{ ...model, freezes: { banked: 0, coveredLabels: [] } }} />);
    expect(screen.queryByTestId('streak-freezes')).toBeNull();
  });
});
