import { formatCount } from './format-count';

interface TimeUpSummaryProps {
  readonly planTitle: string;
  readonly endedOnLabel: string;
  readonly openItems: number;
  readonly firstUnfinishedDay: number;
  readonly onFinish: (() => void) | null;
  readonly nextPlan: { readonly title: string } | null;
  readonly onStartNext: () => void;
}

/** The planned days are over and items are open: finishing them comes first. */
export function TimeUpSummary(props: TimeUpSummaryProps) {
  const { planTitle, endedOnLabel, openItems, firstUnfinishedDay, nextPlan } = props;
  const items = `${formatCount(openItems)} ${openItems === 1 ? 'item' : 'items'}`;
  return (
    <section class="card day-card" aria-labelledby="day-heading" data-state="time-up">
      <p class="eyebrow">
        {planTitle} · last planned day <time>{endedOnLabel}</time>
      </p>
      <h1 id="day-heading" data-testid="day-heading" tabIndex={-1}>
        Time’s up, {items} left
      </h1>
      <p>
        The planned days are over; the first open item is on day {firstUnfinishedDay}. Take the time
        you need: nothing expires.
      </p>
      <div class="row">
        {props.onFinish && (
          <button type="button" class="btn btn-primary" onClick={props.onFinish}>
            Finish the remaining {items}
          </button>
        )}
        {nextPlan && (
          <button type="button" class="btn btn-quiet" onClick={props.onStartNext}>
            Or start {nextPlan.title} today
          </button>
        )}
      </div>
    </section>
  );
}
