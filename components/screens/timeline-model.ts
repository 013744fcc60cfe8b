import type { Plan } from '../../utils/curriculum/types';
import { isDayComplete, phaseProgress } from '../../utils/progress';
import type { ResolvedItems } from '../../utils/schedule';
import type { TimelinePhase } from '../PlanTimeline';

/** The whole plan at a glance: each phase with its progress, each day with whether it is done. */
export function timelinePhases(plan: Plan, resolved: ResolvedItems): TimelinePhase[] {
  return plan.phases.map((phase) => {
    const progress = phaseProgress(phase, resolved);
    return {
      id: phase.id,
      focus: phase.focus,
      firstDay: phase.firstDay,
      lastDay: phase.lastDay,
      resolved: progress.resolvedItems,
      total: progress.totalItems,
      days: phase.days.map((planDay) => ({
        day: planDay.day,
        title: planDay.title,
        complete: isDayComplete(planDay, resolved),
      })),
    };
  });
}
