import { formatCount } from './format-count';

interface BehindPillProps {
  readonly days: number;
  readonly firstUnfinishedDay: number;
  /** Opens the first unfinished day, to work through its open items now. */
  readonly onCatchUp: () => void;
  /** Moves the plan so today is the first unfinished day. */
  readonly onContinueFrom: () => void;
}

/**
 * "Behind by N study days", compact, beside the day's heading, with its two ways out: open the
 * first unfinished day to work through it ("Catch up on day X"; nothing moves), or move the plan
 * so today is that day ("Continue from day X").
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
        title={`Open day ${firstUnfinishedDay}, the first with open items; today's list stays as it is`}
      >
        Catch up on day {firstUnfinishedDay}
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
