import { DayCard, type DayCardModel } from '../DayCard';

const ignore = () => undefined;

/**
 * The new tab's first paint: today's card in the same grid slot the live page puts it,
 * with the checklist shown but not yet editable. The live page replaces it in place.
 */
export function TodayShell({ card }: { card: DayCardModel }) {
  return (
    <main class="page">
      <div class="day-page">
        <div class="main-column">
          <DayCard model={card} pending onSetState={ignore} onCompleteDay={ignore} />
        </div>
      </div>
    </main>
  );
}
