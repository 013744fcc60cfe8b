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
