/**
 * What the learner chose for each extra card, with calm defaults. Kept apart from
 * cards.ts, whose guard the start-up path loads: none of this is needed before the first paint.
 */
import { CARD_IDS, type CardId, type CardSettings, type CardVisibility } from './cards';

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
