/**
 * The daily reminder in the extension's background: one `browser.alarms` alarm
 * set for the next reminder instant (never a fixed period, so DST stays right),
 * a notification when it fires and today still has open items, and a tab with
 * the day view when the notification is clicked. It only ever reads the store.
 */
import { browser } from 'wxt/browser';
import { loadPlan } from '../curriculum/load-plan';
import { type Clock, systemClock, today, weekdayOf } from '../date';
import { openDatabase } from '../db/database';
import { readPlanProgress, readProfile } from '../db/queries';
import type { BackendPathDatabase } from '../db/schema';
import type { ProfileRecord } from '../model/records';
import { resolvedItemIds } from '../progress';
import { planState } from '../schedule';
import {
  isReminderChangedMessage,
  minutesOfReminderTime,
  nextReminderAt,
  reminderText,
  shouldNotify,
} from './schedule';

export const REMINDER_ALARM = 'daily-reminder';
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
  const when = nextReminderAt(after, clock.timeZone(), time);
  await browser.alarms.create(REMINDER_ALARM, { when });
}

async function notifyIfDue(clock: Clock): Promise<void> {
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const text = await withDatabase(async (db) => {
    const profile = await readProfile(db);
    if (!profile || reminderTimeOf(profile) === null) return null;
    const date = today(clock);
    const state = planState(await loadPlan(profile.planId), profile.startDate, date);
    const resolved = resolvedItemIds((await readPlanProgress(db, profile.planId)).values());
    const isRestDay = profile.restDays.some((restDay) => restDay === weekdayOf(date));
    if (state.kind !== 'active' || !shouldNotify({ state, resolved, isRestDay })) return null;
    return reminderText(state, resolved);
  });
  if (!text) return;
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: text.title,
    message: text.message,
  });
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
    const after = Math.max(clock.now(), alarm.scheduledTime);
    return notifyIfDue(clock).finally(() => scheduleNext(after, clock));
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
