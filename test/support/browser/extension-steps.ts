/**
 * Page-level steps shared by the extension's real-browser tests: a session that records
 * network and console trouble, onboarding through the UI, and locators for the day view.
 */
import type { Locator, Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import type { Language, PlanId } from '../../../utils/curriculum/types';
import {
  collectConsoleErrors,
  type ExtensionOptions,
  type ExtensionSession,
  guardNetwork,
  launchExtension,
} from './harness';

export interface WatchedSession extends ExtensionSession {
  /** Requests that left the machine, across the whole context. */
  readonly outgoingRequests: string[];
  /** Console errors and uncaught exceptions so far from every page opened through `open`. */
  consoleErrors(): string[];
  /** Like `openPage`, and records the page's console errors. */
  open(path: string, options?: OpenOptions): Promise<Page>;
}

export interface OpenOptions {
  /** Emulated before the page loads, so even its first paint sees it. */
  readonly colorScheme?: 'light' | 'dark';
  /** Runs on the blank page before it navigates, e.g. to add an init script. */
  readonly beforeLoad?: (page: Page) => Promise<unknown>;
}

export async function launchWatchedExtension(
  options: ExtensionOptions = {},
): Promise<WatchedSession> {
  const session = await launchExtension(options);
  const outgoingRequests = guardNetwork(session.context);
  const errorsByPage: string[][] = [];
  return {
    ...session,
    outgoingRequests,
    consoleErrors: () => errorsByPage.flat(),
    open: async (path, { colorScheme, beforeLoad } = {}) => {
      const page = await session.context.newPage();
      errorsByPage.push(collectConsoleErrors(page));
      if (colorScheme) await page.emulateMedia({ colorScheme });
      await beforeLoad?.(page);
      await page.goto(`chrome-extension://${session.extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
  };
}

const PLAN_TITLES: Record<PlanId, RegExp> = {
  'plan-20': /^20-day sprint/,
  'plan-60': /^60-day steady path/,
  'plan-90': /^90-day deep dive/,
};

const LANGUAGE_LABELS: Record<Language, string> = {
  python: 'Python',
  javascript: 'JavaScript / Node.js',
  java: 'Java',
};

export interface OnboardingChoice {
  readonly planId: PlanId;
  readonly language: Language;
  /** Left at the form's default (today) when omitted. */
  readonly startDate?: string;
  /** Turns on browser sync (off by default). */
  readonly sync?: boolean;
}

/** Fills the first-run form on an open new tab and waits until the plan's page shows. */
export async function finishOnboarding(page: Page, choice: OnboardingChoice): Promise<void> {
  await page.getByRole('radio', { name: PLAN_TITLES[choice.planId] }).check();
  await page.getByRole('radio', { name: LANGUAGE_LABELS[choice.language], exact: true }).check();
  if (choice.startDate !== undefined) await page.getByLabel('Start date').fill(choice.startDate);
  if (choice.sync) await page.getByRole('checkbox', { name: /^Sync my progress/ }).check();
  await page.getByRole('button', { name: 'Start my plan' }).click();
  await dayHeading(page).waitFor();
}

export function dayHeading(page: Page): Locator {
  return page.getByTestId('day-heading');
}

export function focusArea(page: Page): Locator {
  return page.getByTestId('focus-area');
}

/** The new tab's checklist for plan day `day`. */
export function dayChecklist(page: Page, day: number): Locator {
  return page.getByRole('list', { name: `Checklist for day ${day}` });
}

export function popupChecklist(page: Page): Locator {
  return page.getByRole('list', { name: "Today's checklist" });
}

/** A checklist's checkboxes, once the saved ticks have loaded and they are editable. */
export function editableBoxes(checklist: Locator): Locator {
  // The start-up shell's boxes take clicks too (queued), but only the live checklist is not busy.
  return checklist.locator(':scope[aria-busy="false"] input[type="checkbox"]:enabled');
}

/** Closes `session` and returns the trouble it saw: tests expect `{ requests: [], errors: [] }`. */
export async function closeWatched(
  session: WatchedSession,
): Promise<{ readonly requests: string[]; readonly errors: string[] }> {
  const trouble = { requests: [...session.outgoingRequests], errors: session.consoleErrors() };
  await session.close();
  return trouble;
}

/**
 * A fresh extension per test, its date fixed by `now` (timers keep running, so Dexie and
 * Preact behave as usual); after each test it closes and expects no requests and no errors.
 */
export function extensionPerTest(): (now: string) => Promise<WatchedSession> {
  let session: WatchedSession | undefined;
  afterEach(async () => {
    const finished = session;
    session = undefined;
    if (finished) expect(await closeWatched(finished)).toEqual({ requests: [], errors: [] });
  });
  return async (now) => {
    session = await launchWatchedExtension({ timezone: 'UTC' });
    await session.context.clock.setFixedTime(new Date(now));
    return session;
  };
}

/** The whole plan's button for day `day`, its phase unfolded first if it was folded. */
export async function planDayChip(page: Page, day: number): Promise<Locator> {
  const chip = page.getByRole('button', { name: new RegExp(`^Open day ${day}:`) });
  // By its label, not its role: a folded phase hides its chips from the accessibility tree.
  const phase = page.locator(`.timeline-phase details:has(button[aria-label^="Open day ${day}:"])`);
  if (!(await phase.evaluate((details) => (details as HTMLDetailsElement).open)))
    await phase.locator('summary').click();
  return chip;
}
