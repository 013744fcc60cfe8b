import { formatCount } from './format-count';

interface FinishedSummaryProps {
  readonly planTitle: string;
  readonly endedOnLabel: string;
  readonly resolved: number;
  readonly total: number;
  readonly bestStreak: number;
  readonly nextPlan: { readonly title: string; readonly summary: string } | null;
  readonly onStartNext: () => void;
}

export function FinishedSummary(props: FinishedSummaryProps) {
  const { planTitle, endedOnLabel, resolved, total, bestStreak, nextPlan, onStartNext } = props;
  const open = total - resolved;
  return (
    <section class="card day-card" aria-labelledby="day-heading">
      <p class="eyebrow">
        {planTitle} · ended <time>{endedOnLabel}</time>
      </p>
      <h1 id="day-heading" data-testid="day-heading" tabIndex={-1}>
        Plan finished
      </h1>
      <p>
        You worked through {formatCount(resolved)} of {formatCount(total)} items
        {open > 0
          ? `; ${formatCount(open)} ${open === 1 ? 'is' : 'are'} still open, and you can finish them from the plan below.`
          : '. Every single one.'}{' '}
        Best streak: {formatCount(bestStreak)} {bestStreak === 1 ? 'day' : 'days'}.
      </p>
      {nextPlan && (
        <div class="next-plan">
          <h2>Next: {nextPlan.title}</h2>
          <p class="muted">{nextPlan.summary}</p>
          <button type="button" class="btn btn-primary" onClick={onStartNext}>
            Start {nextPlan.title} today
          </button>
        </div>
      )}
    </section>
  );
}
