/**
 * A day's study notes in the learner's stack: why, minutes, done-when and resources per item,
 * the day's self-check and the phase goal. Pure, from the plan and the phase's details.
 */
import { wordingFor } from '../../utils/curriculum/lookup';
import { resourcesFor } from '../../utils/curriculum/resources';
import type { Language, Phase, PhaseDetails, PlanDay } from '../../utils/curriculum/types';
import type { ItemStudyView } from '../study/ItemStudy';
import type { SelfCheckView } from '../study/SelfCheck';

export interface DayStudyModel {
  readonly goal: string;
  /** The day's items added up; null until the details have loaded. */
  readonly minutes: number | null;
  readonly items: ReadonlyMap<string, ItemStudyView>;
  readonly checks: readonly SelfCheckView[];
}

export function dayStudyModel(
  phase: Phase,
  planDay: PlanDay,
  details: PhaseDetails | null,
  language: Language,
): DayStudyModel {
  const goal = wordingFor(phase.goal, language);
  if (!details) return { goal, minutes: null, items: new Map(), checks: [] };
  const items = new Map<string, ItemStudyView>();
  for (const item of planDay.items) {
    const found = details.items[item.id];
    if (!found) continue;
    items.set(item.id, {
      why: wordingFor(found.why, language),
      minutes: found.minutes,
      doneWhen: wordingFor(found.doneWhen, language),
      resources: resourcesFor(found.resources, language).map(({ title, url, kind }) => ({
        title,
        url,
        kind,
      })),
    });
  }
  const minutes = [...items.values()].reduce((total, item) => total + item.minutes, 0);
  const dayKey = `${phase.id}.d${planDay.day - phase.firstDay + 1}`;
  const checks = (details.checks[dayKey] ?? []).map((check) => ({
    id: check.id,
    question: wordingFor(check.question, language),
    answer: wordingFor(check.answer, language),
  }));
  return { goal, minutes: items.size > 0 ? minutes : null, items, checks };
}
