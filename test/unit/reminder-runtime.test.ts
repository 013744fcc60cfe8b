/**
 * The background's reminder runtime as the worker runs it: the app's own
 * IndexedDB (fake-indexeddb), WXT's fake browser for alarms, notifications and
 * messages, and a clock the test sets. The fake has no `permissions`, so each
 * test says whether the notifications permission is granted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getPlan } from '../../utils/curriculum';
import type { Clock } from '../../utils/date';
import { saveProfile, setItemState, updateProfile } from '../../utils/db/actions';
import type { BackendPathDatabase } from '../../utils/db/schema';
import type { ProfileRecord } from '../../utils/model/records';
import { extensionReminderAccess } from '../../utils/reminder/access';
import { REMINDER_ALARM, startReminders } from '../../utils/reminder/runtime';
import { nextReminderAt, REMINDER_CHANGED_MESSAGE } from '../../utils/reminder/schedule';
import { SYNC_ALARM } from '../../utils/sync/runtime';
import { deleteAppDatabase, openAppDatabase } from '../support/background';
import { PROFILE } from '../support/sync-fixtures';

// What WxtVitest() would do for `wxt/browser`, without its auto-imports and config loading.
vi.mock('wxt/browser', async () => {
  const testing = await import('wxt/testing/fake-browser');
  return { browser: testing.fakeBrowser };
});

const ZONE = 'Europe/Berlin';
/** Tuesday 1 January 2030, 10:00 in Berlin: day 1 of the plan that starts that day. */
const TUESDAY_MORNING = Date.UTC(2030, 0, 1, 9);
/** Sunday 6 January 2030, 10:00 in Berlin: Sunday is a rest day in PROFILE. */
const SUNDAY_MORNING = Date.UTC(2030, 0, 6, 9);
/** 18:30 in Berlin (UTC+1 in January) on the day of `morning`. */
const evening = (morning: number) => morning + (8 * 60 + 30) * 60_000;

const REMINDING: ProfileRecord = { ...PROFILE, reminderTime: '18:30' };
const PLAN = getPlan('plan-90');
const FIRST_PHASE = PLAN.phases[0];
const DAY_ONE = FIRST_PHASE?.days[0];

let instant = TUESDAY_MORNING;
const clock: Clock = { now: () => instant, timeZone: () => ZONE };
let permissionGranted = true;

async function seed(profile: ProfileRecord, done: readonly string[] = []) {
  const db = await openAppDatabase();
  expect((await saveProfile(db, profile)).ok).toBe(true);
  for (const itemId of done) await tick(db, itemId);
  return db;
}

async function tick(db: BackendPathDatabase, itemId: string): Promise<void> {
  const change = { itemId, planId: 'plan-90' as const, state: 'done' as const };
  expect((await setItemState(db, change, clock)).ok).toBe(true);
}

const reminderAlarm = () => fakeBrowser.alarms.get(REMINDER_ALARM);

async function scheduledAlarm(): Promise<Browser.alarms.Alarm> {
  const alarm = await reminderAlarm();
  if (!alarm) throw new Error('no reminder alarm is set');
  return alarm;
}

const install = () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });

/** Lets the set alarm go off at its time, as the browser would, and waits for the runtime. */
async function fireReminder(): Promise<void> {
  const alarm = await scheduledAlarm();
  instant = alarm.scheduledTime;
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
}

const shown = () => fakeBrowser.notifications.getAllCreateOptions();

beforeEach(() => {
  fakeBrowser.reset();
  instant = TUESDAY_MORNING;
  permissionGranted = true;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => permissionGranted);
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteAppDatabase();
});

describe('startReminders: the alarm', () => {
  it('an install sets the alarm at the next reminder instant in the clock’s time zone', async () => {
    await seed(REMINDING);
    startReminders(clock);
    expect(await reminderAlarm()).toBeUndefined();

    await install();

    const alarm = await scheduledAlarm();
    expect(alarm.scheduledTime).toBe(nextReminderAt(TUESDAY_MORNING, ZONE, '18:30'));
    expect(alarm.scheduledTime).toBe(Date.UTC(2030, 0, 1, 17, 30));
    expect(alarm.periodInMinutes).toBeUndefined();
  });

  it('a browser start reschedules from the time saved now', async () => {
    const db = await seed(REMINDING);
    startReminders(clock);
    await install();
    expect((await scheduledAlarm()).scheduledTime).toBe(evening(TUESDAY_MORNING));

    // Changed in the store without a message to the background; then the browser restarts.
    await updateProfile(db, { reminderTime: '07:15' }, clock);
    instant = evening(TUESDAY_MORNING) + 3_600_000;
    await fakeBrowser.runtime.onStartup.trigger();

    expect((await scheduledAlarm()).scheduledTime).toBe(Date.UTC(2030, 0, 2, 6, 15));
  });

  it('the options page saving a time sets the alarm and hears back once it is set', async () => {
    await seed(REMINDING);
    startReminders(clock);

    expect(await fakeBrowser.runtime.sendMessage(REMINDER_CHANGED_MESSAGE)).toEqual({ ok: true });
    expect((await scheduledAlarm()).scheduledTime).toBe(evening(TUESDAY_MORNING));
    // A message that is not about the reminder gets no answer from it.
    expect(await fakeBrowser.runtime.sendMessage({ type: 'sync-nudge' })).toBeUndefined();
  });

  it('switching the reminder off clears the alarm', async () => {
    const db = await seed(REMINDING);
    startReminders(clock);
    await install();
    await scheduledAlarm();

    await updateProfile(db, { reminderTime: null }, clock);
    await extensionReminderAccess.scheduleChanged();

    expect(await reminderAlarm()).toBeUndefined();
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await reminderAlarm()).toBeUndefined();
  });

  it('sets no alarm before onboarding or for a malformed time', async () => {
    const db = await seed({ ...REMINDING, onboardedAt: null });
    startReminders(clock);
    await install();
    expect(await reminderAlarm()).toBeUndefined();

    await updateProfile(db, { onboardedAt: TUESDAY_MORNING, reminderTime: '25:00' }, clock);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await reminderAlarm()).toBeUndefined();
  });
});

describe('startReminders: when the alarm goes off', () => {
  it('on a plan day with open items, names today’s task and schedules tomorrow', async () => {
    if (!FIRST_PHASE || !DAY_ONE) throw new Error('plan-90 has no first day');
    const [first, ...rest] = DAY_ONE.items;
    if (!first || rest.length === 0) throw new Error('day 1 needs at least two items');
    const db = await seed(REMINDING);
    await tick(db, first.id);
    startReminders(clock);
    await install();

    await fireReminder();

    expect(shown()).toEqual({
      [REMINDER_ALARM]: {
        type: 'basic',
        iconUrl: fakeBrowser.runtime.getURL('/icon/128.png'),
        title: `Day 1: ${FIRST_PHASE.focus} — ${DAY_ONE.title}`,
        message: `${rest.length} of ${DAY_ONE.items.length} items left for today.`,
      },
    });
    expect((await scheduledAlarm()).scheduledTime).toBe(evening(TUESDAY_MORNING + 86_400_000));
  });

  it('shows nothing on a rest day, and still schedules the next one', async () => {
    instant = SUNDAY_MORNING;
    await seed(REMINDING);
    startReminders(clock);
    await install();

    await fireReminder();

    expect(shown()).toEqual({});
    expect((await scheduledAlarm()).scheduledTime).toBe(evening(SUNDAY_MORNING + 86_400_000));
  });

  it('shows nothing once every item of the day is done', async () => {
    if (!DAY_ONE) throw new Error('plan-90 has no first day');
    await seed(
      REMINDING,
      DAY_ONE.items.map((item) => item.id),
    );
    startReminders(clock);
    await install();

    await fireReminder();

    expect(shown()).toEqual({});
    expect((await scheduledAlarm()).scheduledTime).toBe(evening(TUESDAY_MORNING + 86_400_000));
  });

  it('shows nothing without the notifications permission', async () => {
    permissionGranted = false;
    await seed(REMINDING);
    startReminders(clock);
    await install();

    await fireReminder();

    expect(shown()).toEqual({});
    expect((await scheduledAlarm()).scheduledTime).toBe(evening(TUESDAY_MORNING + 86_400_000));
  });

  it('fired while the worker’s clock reads a little early, it does not set the same reminder again', async () => {
    await seed(REMINDING);
    startReminders(clock);
    await install();
    const alarm = await scheduledAlarm();

    instant = alarm.scheduledTime - 5_000;
    await fakeBrowser.alarms.onAlarm.trigger(alarm);

    expect(Object.keys(shown())).toEqual([REMINDER_ALARM]);
    expect((await scheduledAlarm()).scheduledTime).toBe(alarm.scheduledTime + 86_400_000);
  });

  it('ignores other alarms', async () => {
    await seed(REMINDING);
    startReminders(clock);
    await install();
    const before = await scheduledAlarm();
    instant = before.scheduledTime;

    await fakeBrowser.alarms.onAlarm.trigger({ ...before, name: SYNC_ALARM });

    expect(shown()).toEqual({});
    expect(await scheduledAlarm()).toEqual(before);
  });
});

describe('startReminders: the notification', () => {
  it('a click opens the day view in a new tab and clears the notification', async () => {
    // The click listener is registered once per module (once per worker), and
    // fakeBrowser.reset() removed it after the first test: start from a fresh module.
    vi.resetModules();
    const fresh = await import('../../utils/reminder/runtime');
    await seed(REMINDING);
    fresh.startReminders(clock);
    await install();
    await fireReminder();
    expect(Object.keys(shown())).toEqual([REMINDER_ALARM]);

    const created: (string | undefined)[] = [];
    const opened = new Promise<void>((resolve) =>
      fakeBrowser.tabs.onCreated.addListener((tab) => {
        created.push(tab.url);
        resolve();
      }),
    );

    await fakeBrowser.notifications.onClicked.trigger('some-other-notification');
    expect(Object.keys(shown())).toEqual([REMINDER_ALARM]);
    await fakeBrowser.notifications.onClicked.trigger(REMINDER_ALARM);
    await opened;

    expect(created).toEqual([fakeBrowser.runtime.getURL('/newtab.html')]);
    expect(shown()).toEqual({});
  });
});
