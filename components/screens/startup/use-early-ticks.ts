/**
 * The live side of the start-up shell's queued clicks: keep taking them while the store
 * opens, then write them once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PlanId } from '../../../utils/model/ids';
import type { DayCardModel } from '../../DayCard';
import { cardWithEarlyTicks, type EarlyTick, type EarlyTicks } from './early-ticks';

/** The shell's card with its queued clicks, and a click handler that queues and repaints. */
export function useEarlyTickCard(card: DayCardModel, early: EarlyTicks | null) {
  const [, setClicks] = useState(0);
  const onSetState = early
    ? (itemId: string, state: EarlyTick['state']) => {
        early.set(itemId, state);
        setClicks((count) => count + 1);
      }
    : null;
  return { card: cardWithEarlyTicks(card, early), onSetState };
}

/** Writes the shell's queued clicks once the live page can, for the plan they were made on. */
export function useApplyEarlyTicks(
  early: EarlyTicks | null | undefined,
  planId: PlanId,
  write: (tick: EarlyTick) => void,
): void {
  useEffect(() => {
    if (!early || early.planId !== planId) return;
    for (const tick of early.take()) write(tick);
  }, [early, planId]);
}
