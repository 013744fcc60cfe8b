interface PlanOfferProps {
  /** How many days the plan found in the synced data has. */
  readonly planDays: number;
  /** The day that plan is on today, or null before it starts. */
  readonly day: number | null;
  readonly onUse: () => void;
  readonly onStartOver: () => void;
  readonly busy?: boolean;
}

/** Another browser already has a plan: ask before this browser's plan replaces it anywhere. */
export function PlanOffer({ planDays, day, onUse, onStartOver, busy = false }: PlanOfferProps) {
  const where = day === null ? 'not started yet' : `on day ${day.toLocaleString('en-US')}`;
  return (
    <section class="card banner" aria-labelledby="plan-offer-heading" role="alert">
      <h2 id="plan-offer-heading" class="banner-title">
        Found your {planDays}-day plan from another browser, {where}
      </h2>
      <p class="banner-text">
        Use it here, with its ticks and notes, or start over here: that resets the plan on every
        browser you sync.
      </p>
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={onUse} disabled={busy}>
          Use it
        </button>
        <button type="button" class="btn" onClick={onStartOver} disabled={busy}>
          Start over here
        </button>
      </div>
    </section>
  );
}
