interface DayOffNoticeProps {
  readonly kind: 'rest' | 'paused';
  readonly planTitle: string;
  /** The plan day that waits, e.g. 6. */
  readonly day: number;
  /** When it comes, e.g. "Monday" or "Monday, 8 December"; null: no study day is set. */
  readonly whenLabel: string | null;
  /** The day's title, so the learner knows what waits. */
  readonly dayTitle: string;
  /** Rest day: make today a study day. Pause: resume today. */
  readonly onMainAction: (() => void) | null;
}

/** A day off: "Rest day — Day 6 is on Monday" or "Paused until Monday, 8 December". */
export function DayOffNotice({
  kind,
  planTitle,
  day,
  whenLabel,
  dayTitle,
  onMainAction,
}: DayOffNoticeProps) {
  const heading =
    kind === 'rest'
      ? whenLabel
        ? `Rest day — Day ${day} is on ${whenLabel}`
        : `Rest day — Day ${day} has no study day yet`
      : whenLabel
        ? `Paused until ${whenLabel} — Day ${day} waits for you`
        : `Paused — Day ${day} waits for you`;
  return (
    <section class="card day-card" aria-labelledby="day-heading" data-state={kind}>
      <p class="eyebrow">{planTitle}</p>
      <h1 id="day-heading" data-testid="day-heading" tabIndex={-1}>
        {heading}
      </h1>
      <p>
        Day {day}: {dayTitle}.{' '}
        {kind === 'rest'
          ? whenLabel
            ? 'Nothing is due today, and your streak is safe.'
            : 'Every day of the week is a rest day: choose a study day in the settings, or study today.'
          : 'Nothing is due while you are away, and your streak is safe.'}
      </p>
      {onMainAction && (
        <button type="button" class="btn btn-primary" onClick={onMainAction}>
          {kind === 'rest' ? 'Study anyway' : 'Resume today'}
        </button>
      )}
    </section>
  );
}
