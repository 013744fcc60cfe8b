import { BehindBanner } from '../../BehindBanner';
import { DayCard, type DayCardModel } from '../../DayCard';
import type { BehindStatus } from './today-cache';

const ignore = () => undefined;

interface TodayShellProps {
  readonly card: DayCardModel;
  /** The schedule status cached by the last live page, so the banner is already in place. */
  readonly behind: BehindStatus | null;
  /** True once the card's ticks are the saved ones (read early), not all-open placeholders. */
  readonly ticksSaved: boolean;
}

/**
 * The new tab's first paint: today's card in the same grid slot the live page puts it,
 * with the checklist shown but not yet editable. The live page replaces it in place.
 */
export function TodayShell({ card, behind, ticksSaved }: TodayShellProps) {
  return (
    <main class="page">
      <div class="day-page" data-ticks-saved={ticksSaved ? 'true' : undefined}>
        <div class="main-column">
          {behind && (
            <BehindBanner
              days={behind.days}
              firstUnfinishedDay={behind.firstUnfinishedDay}
              onCatchUp={ignore}
            />
          )}
          <DayCard model={card} pending onSetState={ignore} onCompleteDay={ignore} />
        </div>
      </div>
    </main>
  );
}
