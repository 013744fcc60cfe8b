import type { CalendarProfile } from '../../../utils/calendar';
import type { Plan } from '../../../utils/curriculum/types';
import type { LocalDate } from '../../../utils/date';
import type { ItemState, ProfileRecord } from '../../../utils/model/records';
import { planState } from '../../../utils/schedule';
import type { DayCardModel } from '../../DayCard';
import { dayCardModel } from '../view-model';

const NO_PROGRESS = new Map();

/**
 * Today's card as the day page shows it before the saved ticks arrive (every item open),
 * or null when today is no study day of the plan (not started, a day off, or ended).
 */
export function todayCardModel(
  plan: Plan,
  profile: CalendarProfile & Pick<ProfileRecord, 'language'>,
  today: LocalDate,
): DayCardModel | null {
  const state = planState(plan, profile, today);
  if (state.kind !== 'active') return null;
  return dayCardModel(plan, state.day, profile, today, NO_PROGRESS, profile.language);
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
