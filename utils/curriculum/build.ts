/**
 * Authoring shorthand for the plan modules: phases are written as compact specs and
 * turned into `Phase` data here, so item ids and day numbers are derived in one place
 * instead of being typed by hand 500 times.
 */
import type { ChecklistItem, Language, Phase, PlanDay, Topic, Wording } from './types';

/** A checklist line: plain text, or wording that differs by stack. */
export type ItemSpec = string | Wording | RetiredSpec;

/** An item whose task changed: it keeps its position (so its id), but is no longer shown. */
export interface RetiredSpec {
  readonly retired: Wording;
}

/** Marks a shipped item as retired; add its replacement at the end of the day's list. */
export function retired(spec: string | Wording): RetiredSpec {
  return { retired: toWording(spec) };
}

function isRetired(spec: ItemSpec): spec is RetiredSpec {
  return typeof spec === 'object' && 'retired' in spec;
}

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
  readonly goal: string | Wording;
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

function toWording(spec: string | Wording): Wording {
  return typeof spec === 'string' ? { text: spec } : spec;
}

function toItem(spec: string | Wording, id: string): ChecklistItem {
  return { id, ...toWording(spec) };
}

/** Day numbers run on from `firstDay`; `validateCurriculum` checks they fit the phase. */
export function buildPhases(prefix: string, specs: readonly PhaseSpec[]): Phase[] {
  return specs.map((spec) => {
    const id = `${prefix}-${spec.slug}`;
    const days: PlanDay[] = spec.days.map((daySpec, dayIndex) => {
      const items: ChecklistItem[] = [];
      const retiredItems: ChecklistItem[] = [];
      daySpec.items.forEach((item, itemIndex) => {
        const itemId = `${id}.d${dayIndex + 1}.${itemIndex + 1}`;
        if (isRetired(item)) retiredItems.push(toItem(item.retired, itemId));
        else items.push(toItem(item, itemId));
      });
      return { day: spec.firstDay + dayIndex, title: daySpec.title, items, retired: retiredItems };
    });
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
