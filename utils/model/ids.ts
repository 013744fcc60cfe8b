/**
 * The closed sets of names the app stores: plans, stacks, item states, themes and weekdays.
 * Each list is written once here; types, schemas and hand validators derive from it.
 */

/** Every plan, shortest first. Kept apart from the plans so views can list ids without their data. */
export const PLAN_IDS = Object.freeze(['plan-20', 'plan-60', 'plan-90'] as const);
export type PlanId = (typeof PLAN_IDS)[number];

/** Languages the source pages name for the first steps (Python, JavaScript/Node.js, Java). */
export const LANGUAGES = Object.freeze(['python', 'javascript', 'java'] as const);
export type Language = (typeof LANGUAGES)[number];

/** `open` is a tombstone: it keeps `updatedAt` so an untick can win a merge. */
export const ITEM_STATES = Object.freeze(['open', 'skipped', 'done'] as const);
export type ItemState = (typeof ITEM_STATES)[number];

export const THEMES = Object.freeze(['system', 'light', 'dark'] as const);
export type Theme = (typeof THEMES)[number];

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
export const WEEKDAYS = Object.freeze([0, 1, 2, 3, 4, 5, 6] as const);
export type Weekday = (typeof WEEKDAYS)[number];

function isOneOf<T extends string | number>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}

export const isPlanId = (value: unknown): value is PlanId => isOneOf(PLAN_IDS, value);
export const isLanguage = (value: unknown): value is Language => isOneOf(LANGUAGES, value);
export const isItemState = (value: unknown): value is ItemState => isOneOf(ITEM_STATES, value);
export const isTheme = (value: unknown): value is Theme => isOneOf(THEMES, value);
export const isWeekday = (value: unknown): value is Weekday => isOneOf(WEEKDAYS, value);

/** The next longer plan's id, or null after the longest one. */
export function nextPlanIdAfter(id: PlanId): PlanId | null {
  return PLAN_IDS[PLAN_IDS.indexOf(id) + 1] ?? null;
}

/** How many plan days each plan has; the plan data holds the same figure. */
export const PLAN_LENGTHS: Readonly<Record<PlanId, number>> = Object.freeze({
  'plan-20': 20,
  'plan-60': 60,
  'plan-90': 90,
});
