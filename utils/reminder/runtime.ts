/**
 * The daily reminder in the extension's background: one `browser.alarms` alarm
 * set for the next reminder instant (never a fixed period, so DST stays right),
 * a notification when it fires on a study day that still has open items (at most one
 * per local date, remembered in storage.local), and a tab with the day view when the
 * notification is clicked. It only ever reads the store.
 */
import { browser } from 'wxt/browser';
import { loadPlan } from '../curriculum/load-plan';
import { type Clock, isValidLocalDate, type LocalDate, systemClock, today } from '../date';
import { openDatabase } from '../db/database';
import { readPlanProgress, readProfile } from '../db/queries';
import type { BackendPathDatabase } from '../db/schema';
import type { ProfileRecord } from '../model/records';
import { resolvedItemIds } from '../progress';
import { planState } from '../schedule';
import {
  handleReminderAlarm,
  isReminderChangedMessage,
  minutesOfReminderTime,
  nextReminderAfter,
  type ReminderText,
  reminderText,
  shouldNotify,
} from './schedule';

export const REMINDER_ALARM = 'daily-reminder';
/** storage.local key: the last local date a reminder was shown, so a day never gets two. */
export const NOTIFIED_ON_KEY = 'reminder:notifiedOn';

async function readNotifiedOn(): Promise<LocalDate | null> {
  const stored = (await browser.storage.local.get(NOTIFIED_ON_KEY))[NOTIFIED_ON_KEY];
  return isValidLocalDate(stored) ? stored : null;
}
const NOTIFICATION_ID = 'daily-reminder';

/** Opens the store for one job and closes it, so the worker never holds up a schema upgrade. */
async function withDatabase<T>(job: (db: BackendPathDatabase) => Promise<T>): Promise<T | null> {
  const opened = await openDatabase();
  if (!opened.ok) return null;
  try {
    return await job(opened.db);
  } finally {
    opened.db.close();
  }
}

/** The saved reminder time, or null when it is off, malformed or there is no plan yet. */
function reminderTimeOf(profile: ProfileRecord | null | undefined): string | null {
  if (!profile || profile.onboardedAt === null || profile.reminderTime === null) return null;
  return minutesOfReminderTime(profile.reminderTime) === null ? null : profile.reminderTime;
}

/**
 * Sets the alarm for the next reminder after `after`, or clears it when the
 * reminder is off. `after` is the fired alarm's own time when there is one, so
 * a worker whose clock reads a little early cannot schedule the same one twice.
 */
async function scheduleNext(after: number, clock: Clock): Promise<void> {
  const time = reminderTimeOf(await withDatabase(readProfile));
  if (time === null) {
    await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  const when = nextReminderAfter(after, clock.timeZone(), time, await readNotifiedOn());
  await browser.alarms.create(REMINDER_ALARM, { when });
}

/** Today's reminder text, or null when today is no study day or nothing is left to do. */
async function dueText(clock: Clock): Promise<{ time: string; text: ReminderText | null } | null> {
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return null;
  return withDatabase(async (db) => {
    const profile = await readProfile(db);
    const time = reminderTimeOf(profile);
    if (!profile || time === null) return null;
    const state = planState(await loadPlan(profile.planId), profile, today(clock));
    const resolved = resolvedItemIds((await readPlanProgress(db, profile.planId)).values());
    const due = state.kind === 'active' && shouldNotify({ state, resolved });
    return { time, text: due ? reminderText(state, resolved) : null };
  });
}

/** Notifies at most once per local date, then sets the next alarm after `scheduledTime`. */
async function onReminderAlarm(scheduledTime: number, clock: Clock): Promise<void> {
  const due = await dueText(clock);
  if (!due) return scheduleNext(Math.max(clock.now(), scheduledTime), clock);
  const outcome = handleReminderAlarm({
    now: clock.now(),
    scheduledTime,
    timeZone: clock.timeZone(),
    time: due.time,
    notifiedOn: await readNotifiedOn(),
    due: () => due.text !== null,
  });
  if (outcome.notify && due.text) {
    // Remembered first: a worker stopped mid-way must not show it twice.
    await browser.storage.local.set({ [NOTIFIED_ON_KEY]: outcome.notify });
    await browser.notifications.create(NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: due.text.title,
      message: due.text.message,
    });
  }
  await browser.alarms.create(REMINDER_ALARM, { when: outcome.nextAt });
}

/**
 * Registers the background's reminder listeners; call once at the top of the worker.
 * Tests pass a clock of their own. Listeners return their work (browsers ignore it),
 * so a test that fires an event can wait for it to finish.
 */
export function startReminders(clock: Clock = systemClock): void {
  const reschedule = () => scheduleNext(clock.now(), clock);

  browser.runtime.onStartup.addListener(() => reschedule());
  browser.runtime.onInstalled.addListener(() => reschedule());

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    return onReminderAlarm(alarm.scheduledTime, clock).catch(() =>
      scheduleNext(Math.max(clock.now(), alarm.scheduledTime), clock),
    );
  });

  // The options page waits for the answer, so it (and tests) know the alarm is set.
  browser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isReminderChangedMessage(message)) return false;
    reschedule().then(
      () => sendResponse({ ok: true }),
      (error: unknown) => sendResponse({ ok: false, error: String(error) }),
    );
    return true;
  });

  listenForClicks();
  // The API only appears once the optional permission is granted.
  browser.permissions.onAdded.addListener(listenForClicks);
}

let listeningForClicks = false;

function listenForClicks(): void {
  if (listeningForClicks || !browser.notifications) return;
  listeningForClicks = true;
  browser.notifications.onClicked.addListener((notificationId) => {
    if (notificationId !== NOTIFICATION_ID) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/newtab.html') });
    void browser.notifications.clear(notificationId);
  });
}
