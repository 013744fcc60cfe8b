/**
 * Ticks made on the start-up shell, before the store is open. They are shown at once and
 * handed to the live page exactly once, which writes them as soon as it can.
 */
import type { SavedTicks } from '../../../utils/db/early-read';
import type { ItemState, PlanId } from '../../../utils/model/ids';
import type { DayCardModel } from '../../DayCard';

export interface EarlyTick {
  readonly itemId: string;
  readonly state: ItemState;
}

export interface EarlyTicks {
  readonly planId: PlanId;
  /** Records a click; ignored for items not on the painted card, or once handed over. */
  set(itemId: string, state: ItemState): void;
  /** The saved ticks with the clicks made since laid over them. */
  over(saved: SavedTicks | null): SavedTicks | null;
  /**
   * The queued clicks, once: every later call returns none, so each is written once.
   * They stay laid over the saved ticks (`over`) until the store's own state arrives.
   */
  take(): readonly EarlyTick[];
}

export function earlyTicksFor(planId: PlanId, card: DayCardModel): EarlyTicks {
  const itemIds = new Set(card.items.map((item) => item.id));
  const pending = new Map<string, ItemState>();
  let handedOver = false;
  return {
    planId,
    set(itemId, state) {
      if (!handedOver && itemIds.has(itemId)) pending.set(itemId, state);
    },
    over: (saved) => (pending.size === 0 ? saved : new Map([...(saved ?? []), ...pending])),
    take() {
      if (handedOver) return [];
      handedOver = true;
      return [...pending].map(([itemId, state]) => ({ itemId, state }));
    },
  };
}

/** The card with the clicks made on the shell laid over its ticks. */
export function cardWithEarlyTicks(card: DayCardModel, early: EarlyTicks | null): DayCardModel {
  const ticks = early?.over(null);
  if (!ticks) return card;
  return {
    ...card,
    items: card.items.map((item) => ({ ...item, state: ticks.get(item.id) ?? item.state })),
  };
}
