import { formatLongDate, type LocalDate } from '../utils/date';
import type { StartDateVerdict } from '../utils/start-date';
import { formatCount } from './format-count';

type Refusal = Extract<StartDateVerdict, { kind: 'refused' }>;
type Confirmation = Extract<StartDateVerdict, { kind: 'confirm' }>;

/** Why a typed start date is refused, in words; `value` is what was typed. */
export function refusalText(verdict: Refusal, value: string, today: LocalDate): string {
  switch (verdict.problem) {
    case 'empty':
      return 'Choose a start date.';
    case 'short-year':
      return `The year “${value.slice(0, value.indexOf('-'))}” has fewer than four digits: type the whole year, like ${today.slice(0, 4)}.`;
    case 'not-a-date':
      return `“${value}” is not a date. Use the date picker or the form YYYY-MM-DD.`;
    case 'too-early':
      return `Choose a start date on or after ${formatLongDate(verdict.bounds.min)}.`;
    case 'too-late':
      return `Choose a start date on or before ${formatLongDate(verdict.bounds.max)}.`;
  }
}

/** The question for a real but unlikely start date, and the facts behind it. */
export function confirmationWords(verdict: Confirmation): { question: string; detail: string } {
  const date = formatLongDate(verdict.date);
  const days = `${formatCount(verdict.days)} ${verdict.days === 1 ? 'day' : 'days'}`;
  return verdict.reason === 'over'
    ? {
        question: 'This plan would already be over: start today instead?',
        detail: `${date} was ${days} ago.`,
      }
    : {
        question: 'That is more than a year away: start today instead?',
        detail: `${date} is ${days} from today.`,
      };
}
