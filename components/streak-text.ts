/**
 * "5-day streak"; a dash keeps the line's place until the store has answered. Grouped like
 * formatCount, without its formatter: the popup paints this line before anything else loads.
 */
export function streakText(days: number | null): string {
  if (days === null) return 'streak –';
  return days === 0 ? 'no streak yet' : `${days.toLocaleString('en-US')}-day streak`;
}

/** "34% of the plan · 5-day streak", the one line the popup and the day card share. */
export function statsLine(planPercent: number | null, streakDays: number | null): string {
  return `${planPercent ?? '–'}% of the plan · ${streakText(streakDays)}`;
}
