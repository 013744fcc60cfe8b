/**
 * The one start-up path, shared by the new tab, the popup and the PWA. Before the first
 * paint it reads only the profile cache and today's card (no Dexie, no valibot, at most
 * the active plan's module). Right after the paint it peeks at the saved ticks and loads
 * the live app, which then replaces the shell in place.
 */
import { render, type VNode } from 'preact';
import { loadPlan } from '../../../utils/curriculum/load-plan';
import { type Clock, localDateOf } from '../../../utils/date';
import type { SavedTicks } from '../../../utils/db/early-read';
import type { ItemState } from '../../../utils/model/ids';
import type { ProfileRecord } from '../../../utils/model/records';
import { afterNextPaint } from '../../after-next-paint';
import type { DayCardModel } from '../../DayCard';
import { watchStartupMarks } from '../../startup-marks';
import { cardWithEarlyTicks, type EarlyTicks, earlyTicksFor } from './early-ticks';
import { pageStorage } from './profile-cache';
import { readCardTicks, readStartupToday, type StartupToday } from './startup-today';
import { takeSyncedProfile } from './synced-profile';
import { withSavedTicks } from './today-card';

/** What the first paint shows: today's card, as far as it is known so far. */
export interface ShellView {
  readonly today: StartupToday;
  /** With the saved ticks once read, and the clicks made on the shell. */
  readonly card: DayCardModel;
  readonly ticksSaved: boolean;
  /** Queues a click on the shell and paints it. */
  readonly onSetState: (itemId: string, state: ItemState) => void;
}

/** What the live app takes over from the start-up path. */
export interface StartupHandoff {
  readonly cachedProfile: ProfileRecord | null;
  /** Today's ticks as the shell showed them (saved, plus clicks made on the shell). */
  readonly savedTicks: SavedTicks | null;
  /** Clicks made on the shell, for the live page to write once. */
  readonly earlyTicks: EarlyTicks | null;
  /** The shell as last painted, to keep on screen while the store opens; null without one. */
  readonly shellView: ShellView | null;
}

export interface StartupOptions {
  readonly clock: Clock;
  /** Paints today's card before the store opens. */
  readonly shell: (view: ShellView) => VNode;
  /** Loads the live app (after the first paint) and returns how to render it. */
  readonly app: () => Promise<(handoff: StartupHandoff) => VNode>;
  /** Runs after the live app rendered, off the start-up path. */
  readonly afterStart?: (handoff: StartupHandoff) => void;
}

/** Today's phase's study details, fetched alongside the live app (item ids begin with the phase id). */
function preloadStudyNotes(card: DayCardModel): Promise<unknown> {
  const phaseId = card.items[0]?.id.split('.')[0];
  if (!phaseId) return Promise.resolve();
  return import('../../../utils/curriculum/load-details').then((details) =>
    details.loadPhaseDetails(phaseId),
  );
}

/** The shell's focused control, and how to find its twin in the live app (link or item). */
function focusedInShell(root: HTMLElement): { element: Element; selector: string } | null {
  const element = document.activeElement;
  if (!element || element === root || !root.contains(element)) return null;
  const href = element.getAttribute('href');
  if (href) return { element, selector: `a[href="${CSS.escape(href)}"]` };
  const item = element.closest('[data-item-id]')?.getAttribute('data-item-id');
  if (item && element instanceof HTMLInputElement)
    return { element, selector: `[data-item-id="${CSS.escape(item)}"] input[type="checkbox"]` };
  return null;
}

export async function startTodayView(options: StartupOptions): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  watchStartupMarks(root);
  const { clock } = options;
  const storage = pageStorage();
  const date = localDateOf(clock.now(), clock.timeZone());
  if (storage) await takeSyncedProfile(storage);
  const startup = storage ? await readStartupToday(storage, date) : null;
  const today = startup?.today ?? null;
  const early = today && earlyTicksFor(today.profile.planId, today.card);

  let card = today?.card ?? null;
  let ticksSaved = false;
  let live = false;
  const shellView = (): ShellView | null =>
    today && card && { today, card: cardWithEarlyTicks(card, early), ticksSaved, onSetState };
  const paintShell = () => {
    const view = shellView();
    if (view && !live) render(options.shell(view), root);
  };
  function onSetState(itemId: string, state: ItemState): void {
    early?.set(itemId, state);
    paintShell();
  }
  paintShell();
  // Fetched any earlier, compiling the live app would delay the first paint.
  await afterNextPaint();

  const showSavedTicks = async (): Promise<SavedTicks | null> => {
    if (!card) return null;
    const ticks = await readCardTicks(card);
    if (ticks && card) {
      card = withSavedTicks(card, ticks);
      ticksSaved = true;
      paintShell();
    }
    return ticks;
  };
  const [renderApp, saved] = await Promise.all([
    options.app(),
    showSavedTicks(),
    // The live page renders the active plan, and today's study notes, at once when loaded.
    today && loadPlan(today.profile.planId),
    today && preloadStudyNotes(today.card),
  ]);
  const handoff: StartupHandoff = {
    cachedProfile: startup?.profile ?? null,
    savedTicks: early ? early.over(saved) : saved,
    earlyTicks: early,
    shellView: shellView(),
  };
  live = true;
  const focused = focusedInShell(root);
  render(renderApp(handoff), root);
  // The live app's DOM replaces the shell's: give focus back to the same control.
  if (focused && document.activeElement !== focused.element)
    root.querySelector<HTMLElement>(focused.selector)?.focus();
  options.afterStart?.(handoff);
}
