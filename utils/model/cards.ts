/**
 * The day view's extra cards and how each one shows. The day card itself always shows;
 * everything here is one step away under "More", or pinned by the learner.
 */
import { isRecord } from './shape';

export const CARD_IDS = Object.freeze([
  'tip',
  'selfCheck',
  'progress',
  'note',
  'timeline',
  'career',
] as const);
export type CardId = (typeof CARD_IDS)[number];

/** `show` pins the card, `hide` keeps it under "More", `phase` pins it on a phase's first day. */
export const CARD_VISIBILITIES = Object.freeze(['show', 'hide', 'phase'] as const);
export type CardVisibility = (typeof CARD_VISIBILITIES)[number];

export type CardSettings = Readonly<Partial<Record<CardId, CardVisibility>>>;

/** Calm by default: only what changes with a new phase comes forward, and only then. */
export const DEFAULT_CARDS: Readonly<Record<CardId, CardVisibility>> = Object.freeze({
  tip: 'phase',
  selfCheck: 'hide',
  progress: 'hide',
  note: 'hide',
  timeline: 'hide',
  career: 'phase',
});

export const CARD_LABELS: Readonly<Record<CardId, string>> = Object.freeze({
  tip: 'Skill tip',
  selfCheck: 'Check yourself',
  progress: 'Progress and activity',
  note: 'Note',
  timeline: 'The whole plan',
  career: 'Career facts',
});

export const isCardId = (value: unknown): value is CardId =>
  (CARD_IDS as readonly unknown[]).includes(value);
export const isCardVisibility = (value: unknown): value is CardVisibility =>
  (CARD_VISIBILITIES as readonly unknown[]).includes(value);

/** Whether `value` is a valid card settings object (known ids, known visibilities). */
export function isCardSettings(value: unknown): value is CardSettings {
  return (
    isRecord(value) &&
    Object.entries(value).every(([id, shown]) => isCardId(id) && isCardVisibility(shown))
  );
}

export function visibilityOf(settings: CardSettings | undefined, id: CardId): CardVisibility {
  return settings?.[id] ?? DEFAULT_CARDS[id];
}

/** The cards pinned on the page today, in their fixed order. */
export function pinnedCards(
  settings: CardSettings | undefined,
  phaseBeginsToday: boolean,
): readonly CardId[] {
  return CARD_IDS.filter((id) => {
    const shown = visibilityOf(settings, id);
    return shown === 'show' || (shown === 'phase' && phaseBeginsToday);
  });
}
