interface BehindBannerProps {
  readonly days: number;
  readonly firstUnfinishedDay: number;
  readonly onCatchUp: () => void;
}

export function BehindBanner({ days, firstUnfinishedDay, onCatchUp }: BehindBannerProps) {
  return (
    <section class="banner row" aria-labelledby="behind-heading">
      <h2 id="behind-heading" class="banner-title">
        {days === 1 ? '1 day behind' : `${days} days behind`}
      </h2>
      <p class="banner-text">
        Day {firstUnfinishedDay} still has open items. Move the rest of the plan so today picks up
        there; nothing you ticked is lost.
      </p>
      <button type="button" class="btn" onClick={onCatchUp}>
        Catch up: continue from day {firstUnfinishedDay} today
      </button>
    </section>
  );
}
