/**
 * Authoring shorthand for the per-phase study details in `details/`: written by day and
 * item position, turned into records keyed by the same stable ids as the checklist.
 */
import type {
  ItemDetails,
  Language,
  PhaseDetails,
  Resource,
  ResourceKind,
  SelfCheck,
  Wording,
} from './types';

type TextSpec = string | Wording;

export interface ItemDetailsSpec {
  readonly why: TextSpec;
  readonly minutes: number;
  readonly doneWhen: TextSpec;
  readonly resources: readonly Resource[];
}

export interface DayDetailsSpec {
  /** `[question, answer]` pairs, 1-2 a day; their ids follow their order. */
  readonly checks: readonly (readonly [question: TextSpec, answer: TextSpec])[];
  /** Keyed by the item's 1-based position in the day (its id's last number). */
  readonly items: Readonly<Record<number, ItemDetailsSpec>>;
}

function toWording(spec: TextSpec): Wording {
  return typeof spec === 'string' ? { text: spec } : spec;
}

function resource(kind: ResourceKind) {
  return (title: string, url: string, language?: Language): Resource =>
    language === undefined ? { title, url, kind } : { title, url, kind, language };
}

export const docs = resource('docs');
export const tutorial = resource('tutorial');
export const video = resource('video');
export const book = resource('book');
export const tool = resource('tool');

/** `days` is keyed by `d1`, `d2`, … as in the item ids, e.g. `p60-databases.d2.1`. */
export function phaseDetails(
  phaseId: string,
  days: Readonly<Record<`d${number}`, DayDetailsSpec>>,
): PhaseDetails {
  const items: Record<string, ItemDetails> = {};
  const checks: Record<string, SelfCheck[]> = {};
  for (const [dayKey, spec] of Object.entries(days) as [string, DayDetailsSpec][]) {
    const dayId = `${phaseId}.${dayKey}`;
    checks[dayId] = spec.checks.map(([question, answer], index) => ({
      id: `${dayId}.q${index + 1}`,
      question: toWording(question),
      answer: toWording(answer),
    }));
    for (const [position, item] of Object.entries(spec.items)) {
      items[`${dayId}.${position}`] = {
        why: toWording(item.why),
        minutes: item.minutes,
        doneWhen: toWording(item.doneWhen),
        resources: item.resources,
      };
    }
  }
  return { phaseId, items, checks };
}
