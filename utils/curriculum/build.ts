/**
 * Authoring shorthand for the plan modules: phases are written as compact specs and
 * turned into `Phase` data here, so item ids and day numbers are derived in one place
 * instead of being typed by hand 500 times.
 */
import type { ChecklistItem, Language, Phase, PlanDay, Topic, Wording } from './types';

/** A checklist line: plain text, or wording that differs by stack. */
export type ItemSpec = string | Wording;

export interface DaySpec {
  readonly title: string;
  readonly items: readonly ItemSpec[];
}

export interface PhaseSpec {
  /** Short kebab-case slug; the phase id becomes `${prefix}-${slug}`. */
  readonly slug: string;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly focus: string;
  readonly goal: ItemSpec;
  readonly topics: readonly Topic[];
  readonly days: readonly DaySpec[];
}

export function day(title: string, ...items: ItemSpec[]): DaySpec {
  return { title, items };
}

/** Wording with a neutral default plus a natural phrasing for every supported stack. */
export function byStack(text: string, byLanguage: Readonly<Record<Language, string>>): Wording {
  return { text, byLanguage };
}

function toWording(spec: ItemSpec): Wording {
  return typeof spec === 'string' ? { text: spec } : spec;
}

function toItem(spec: ItemSpec, id: string): ChecklistItem {
  return { id, ...toWording(spec) };
}

/** Day numbers run on from `firstDay`; `validateCurriculum` checks they fit the phase. */
export function buildPhases(prefix: string, specs: readonly PhaseSpec[]): Phase[] {
  return specs.map((spec) => {
    const id = `${prefix}-${spec.slug}`;
    const days: PlanDay[] = spec.days.map((daySpec, dayIndex) => ({
      day: spec.firstDay + dayIndex,
      title: daySpec.title,
      items: daySpec.items.map((item, itemIndex) =>
        toItem(item, `${id}.d${dayIndex + 1}.${itemIndex + 1}`),
      ),
    }));
    return {
      id,
      firstDay: spec.firstDay,
      lastDay: spec.lastDay,
      focus: spec.focus,
      goal: toWording(spec.goal),
      topics: spec.topics,
      days,
    };
  });
}
