import type { Plan } from '../../../utils/curriculum/types';
import type { LocalDate } from '../../../utils/date';
import type { ItemState } from '../../../utils/model/records';
import { planState } from '../../../utils/schedule';
import type { DayCardModel } from '../../DayCard';
import { dayCardModel } from '../view-model';
import type { ProfileStamp } from './today-cache';

const NO_PROGRESS = new Map();

/**
 * Today's card as the day page shows it before the saved ticks arrive (every item open),
 * or null when there is no plan day today (not started yet, or finished).
 */
export function todayCardModel(
  plan: Plan,
  profile: ProfileStamp,
  today: LocalDate,
): DayCardModel | null {
  const state = planState(plan, profile.startDate, today);
  if (state.kind !== 'active') return null;
  return dayCardModel(plan, state.day, profile.startDate, today, NO_PROGRESS, profile.language);
}

/** The card with the ticks read early from the store; items without a record stay open. */
export function withSavedTicks(
  card: DayCardModel,
  ticks: ReadonlyMap<string, ItemState>,
): DayCardModel {
  return {
    ...card,
    items: card.items.map((item) => ({ ...item, state: ticks.get(item.id) ?? 'open' })),
  };
}
