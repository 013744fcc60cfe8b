/**
 * What the options page may do about reminders in the extension: ask for and
 * release the notifications permission, and tell the background to reschedule.
 * The PWA has none of this, so the shared UI receives it through AppEnvironment.
 */
import { type Browser, browser } from 'wxt/browser';
import { REMINDER_CHANGED_MESSAGE } from './schedule';

export interface ReminderAccess {
  /** Must be called straight from the user's click: browsers only ask during a user gesture. */
  requestPermission(): Promise<boolean>;
  releasePermission(): Promise<void>;
  /** Asks the background to (re)schedule or clear the alarm from the saved profile. */
  scheduleChanged(): Promise<void>;
}

const NOTIFICATIONS: Browser.permissions.Permissions = { permissions: ['notifications'] };

export const extensionReminderAccess: ReminderAccess = {
  requestPermission: () => browser.permissions.request(NOTIFICATIONS),
  releasePermission: async () => {
    await browser.permissions.remove(NOTIFICATIONS);
  },
  scheduleChanged: async () => {
    await browser.runtime.sendMessage(REMINDER_CHANGED_MESSAGE);
  },
};
