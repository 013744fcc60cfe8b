import type { Platform } from '../../../utils/platform';
import type { DayCardModel } from '../../DayCard';
import type { EarlyTicks } from './early-ticks';
import { PopupShell } from './PopupShell';
import type { BehindStatus } from './today-cache';
import { useEarlyTickCard } from './use-early-ticks';

interface EarlyPopupShellProps {
  readonly card: DayCardModel;
  readonly platform: Platform;
  readonly early: EarlyTicks | null;
  readonly behind: BehindStatus | null;
}

/** The popup shell kept on screen while the store opens, still queueing clicks. */
export function EarlyPopupShell({ card, platform, early, behind }: EarlyPopupShellProps) {
  const shell = useEarlyTickCard(card, early);
  return (
    <PopupShell
      card={shell.card}
      platform={platform}
      behind={behind}
      onSetState={shell.onSetState}
    />
  );
}
