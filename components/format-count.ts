const counts = new Intl.NumberFormat('en-US');

/** Grouped for reading: 2912 → "2,912". */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** "5-day streak"; a dash keeps the line's place until the store has answered. */
export function streakText(days: number | null): string {
  if (days === null) return 'streak –';
  return days === 0 ? 'no streak yet' : `${formatCount(days)}-day streak`;
}
