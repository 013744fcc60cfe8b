import { formatCount } from './format-count';

interface BehindPillProps {
  readonly days: number;
  readonly firstUnfinishedDay: number;
  /** Brings the open items of the days behind into today's card, to tick there. */
  readonly onCatchUp: () => void;
  /** Moves the plan so today is the first unfinished day. */
  readonly onContinueFrom: () => void;
}

/**
 * "Behind by N study days", compact, beside the day's heading, with its two ways out: bring
 * the open items of the days behind into today's card ("Catch up"; the plan does not move), or
 * move the plan so today is the first unfinished day ("Continue from day X").
 */
export function BehindPill({
  days,
  firstUnfinishedDay,
  onCatchUp,
  onContinueFrom,
}: BehindPillProps) {
  const label = `Behind by ${formatCount(days)} study ${days === 1 ? 'day' : 'days'}`;
  return (
    <fieldset class="state-pill" aria-label={label} data-testid="behind-pill">
      <span class="state-pill-text">{label}</span>
      <button
        type="button"
        class="btn btn-small"
        onClick={onCatchUp}
        title={`Bring the open items from day ${firstUnfinishedDay} on into today's card; the plan stays as it is`}
      >
        Catch up
      </button>
      <button
        type="button"
        class="btn btn-small btn-quiet"
        onClick={onContinueFrom}
        title={`Move the plan so today is day ${firstUnfinishedDay}; nothing you ticked is lost`}
      >
        Continue from day {firstUnfinishedDay}
      </button>
    </fieldset>
  );
}
