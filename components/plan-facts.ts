import { formatCount } from './format-count';

const hours = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export interface PlanFactsSource {
  readonly lengthDays: number;
  /** The daily study time the plan promises, in minutes. */
  readonly dailyMinutes: { readonly min: number; readonly max: number };
}

/** A plan in a few words, from its data: "20 days · 2–3 h a day". */
export function planFacts({ lengthDays, dailyMinutes }: PlanFactsSource): string {
  const low = hours.format(dailyMinutes.min / 60);
  const high = hours.format(dailyMinutes.max / 60);
  const daily = low === high ? `${low} h a day` : `${low}–${high} h a day`;
  return `${formatCount(lengthDays)} days · ${daily}`;
}
