const counts = new Intl.NumberFormat('en-US');

/** Grouped for reading: 2912 → "2,912". */
export function formatCount(value: number): string {
  return counts.format(value);
}
