/** "34% of the plan · 5-day streak"; a dash stands in for what has not loaded yet. */
export function statsLine(planPercent: number | null, streakDays: number | null): string {
  const percent = planPercent === null ? '–%' : `${planPercent}%`;
  const streak =
    streakDays === null
      ? 'streak –'
      : streakDays === 0
        ? 'no streak yet'
        : `${streakDays.toLocaleString('en')}-day streak`;
  return `${percent} of the plan · ${streak}`;
}
