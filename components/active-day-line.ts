/**
 * "Day 12 of 60", and how far behind when the learner is: one wording for the popup's heading
 * and its start-up shell, so the line never changes length as the store answers. No imports:
 * the popup's first paint loads it.
 */
export function activeDayLine(day: number, planLength: number, behindDays: number | null): string {
  const line = `Day ${day} of ${planLength}`;
  if (behindDays === null) return line;
  return `${line} · behind by ${behindDays.toLocaleString('en-US')} ${behindDays === 1 ? 'study day' : 'study days'}`;
}
