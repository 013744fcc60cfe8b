import { useMemo } from 'preact/hooks';
import { dayOfPlanData, phaseOfDay } from '../../utils/curriculum/lookup';
import type { Language, Plan } from '../../utils/curriculum/types';
import { type DayStudyModel, dayStudyModel } from './study-model';
import { usePhaseDetails } from './use-plan';

/** The shown day's study notes, loading the phase's details on demand; null without a day. */
export function useDayStudy(
  plan: Plan,
  day: number | null,
  language: Language,
): DayStudyModel | null {
  const phase = day === null ? undefined : phaseOfDay(plan, day);
  const details = usePhaseDetails(phase?.id ?? null);
  return useMemo(() => {
    const planDay = day === null ? undefined : dayOfPlanData(plan, day);
    return phase && planDay ? dayStudyModel(phase, planDay, details, language) : null;
  }, [plan, day, phase, details, language]);
}
