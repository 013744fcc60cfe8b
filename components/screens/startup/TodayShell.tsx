import type { ItemState } from '../../../utils/model/ids';
import { DayCard, type DayCardModel } from '../../DayCard';
import { BehindPill } from '../../StatePill';
import type { BehindStatus } from './today-cache';

const ignore = () => undefined;

export interface TodayShellProps {
  readonly card: DayCardModel;
  /** The schedule status cached by the last live page, so the banner is already in place. */
  readonly behind: BehindStatus | null;
  /** True once the card's ticks are the saved ones (read early), not all-open placeholders. */
  readonly ticksSaved: boolean;
  /** Takes clicks until the store is open (they are queued); null shows the checklist read-only. */
  readonly onSetState: ((itemId: string, state: ItemState) => void) | null;
}

/**
 * The day view's first paint: today's card in the same grid slot the live page puts it.
 * No hooks, so the start-up chunk stays small. The live page replaces it in place.
 */
export function TodayShell({ card, behind, ticksSaved, onSetState }: TodayShellProps) {
  return (
    <div class="day-page" data-ticks-saved={ticksSaved ? 'true' : undefined}>
      <div class="main-column">
        <DayCard
          model={card}
          pending
          queued={onSetState !== null}
          onSetState={onSetState ?? ignore}
          onCompleteDay={ignore}
          badge={
            behind && (
              <BehindPill
                days={behind.days}
                firstUnfinishedDay={behind.firstUnfinishedDay}
                onCatchUp={ignore}
                onContinueFrom={ignore}
              />
            )
          }
        />
      </div>
    </div>
  );
}
