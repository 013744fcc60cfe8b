/** The plan's state in one line, as the popup tells it; the new tab tells the same story at length. */
import type { Plan } from '../../utils/curriculum/types';
import { formatComingDay, type LocalDate } from '../../utils/date';
import type { PlanState } from '../../utils/schedule';
import type { ScheduleStatus } from '../../utils/schedule-status';
import { activeDayLine } from '../active-day-line';
import { formatCount } from '../format-count';

const plural = (count: number, one: string, many: string) =>
  `${formatCount(count)} ${count === 1 ? one : many}`;

export function stateLine(
  plan: Plan,
  state: PlanState,
  status: ScheduleStatus | null,
  today: LocalDate,
): string {
  switch (state.kind) {
    case 'not-started':
      return state.daysUntilStart === 1
        ? 'Starts tomorrow'
        : `Starts in ${plural(state.daysUntilStart, 'day', 'days')}`;
    case 'active': {
      return activeDayLine(
        state.day,
        plan.lengthDays,
        status?.kind === 'behind' ? status.days : null,
      );
    }
    case 'rest':
      return state.nextStudyDate
        ? `Rest day · Day ${state.day} is on ${formatComingDay(state.nextStudyDate, today)}`
        : `Rest day · Day ${state.day} has no study day yet`;
    case 'paused':
      return state.nextStudyDate
        ? `Paused until ${formatComingDay(state.nextStudyDate, today, true)} · Day ${state.day} waits`
        : `Paused · Day ${state.day} waits for you`;
    case 'ended':
      if (status?.kind === 'time-up')
        return `Time’s up · ${plural(status.openItems, 'item', 'items')} left`;
      return status?.kind === 'finished' ? 'Plan finished' : 'The planned days are over';
  }
}
