import type { ItemState } from '../../../utils/model/ids';
import type { Platform } from '../../../utils/platform';
import { activeDayLine } from '../../active-day-line';
import type { DayCardModel } from '../../DayCard';
import { QuickDay, type QuickDayModel } from '../../QuickDay';
import type { BehindStatus } from './today-cache';

const ignore = () => undefined;

/**
 * The popup's view of today's card, with the cached schedule status in the heading as the live
 * popup words it; plan percent and streak stay unknown until the store answers.
 */
export function quickDayOfCard(card: DayCardModel, behind: BehindStatus | null): QuickDayModel {
  return {
    heading: activeDayLine(card.day, card.planLength, behind?.days ?? null),
    focus: card.focus,
    items: card.items,
    planPercent: null,
    streakDays: null,
  };
}

interface PopupShellProps {
  readonly card: DayCardModel;
  readonly platform: Platform;
  readonly behind: BehindStatus | null;
  /** Takes clicks until the store is open (they are queued); absent shows it read-only. */
  readonly onSetState?: ((itemId: string, state: ItemState) => void) | null;
}

/**
 * The popup's content before the store answers: today's checklist from the start-up cache,
 * laid out as the live popup lays it out.
 */
export function PopupShell({ card, platform, behind, onSetState = null }: PopupShellProps) {
  return (
    <QuickDay
      model={quickDayOfCard(card, behind)}
      pending
      queued={onSetState !== null}
      onSetState={onSetState ?? ignore}
      links={platform.links}
      linksOpenNewTab={platform.linksOpenNewTab}
    />
  );
}
