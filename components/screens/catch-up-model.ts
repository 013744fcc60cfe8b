import { dayOfPlanData } from '../../utils/curriculum/lookup';
import type { Language, Plan } from '../../utils/curriculum/types';
import type { CatchUpDay } from '../CatchUpList';
import { checklistRows, type ProgressMap } from './view-model';

/** The open items of plan days `fromDay` up to (not including) `beforeDay`, day by day. */
export function catchUpDays(
  plan: Plan,
  fromDay: number,
  beforeDay: number,
  progress: ProgressMap,
  language: Language,
): CatchUpDay[] {
  const days: CatchUpDay[] = [];
  for (let day = fromDay; day < beforeDay; day++) {
    const planDay = dayOfPlanData(plan, day);
    if (!planDay) continue;
    const items = checklistRows(planDay, progress, language).filter((row) => row.state === 'open');
    if (items.length > 0) days.push({ day, title: planDay.title, items });
  }
  return days;
}
