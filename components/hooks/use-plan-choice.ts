import { useState } from 'preact/hooks';
import type { Language, PlanId } from '../../utils/model/ids';
import { type LocalDate, parseLocalDate } from '../../utils/model/local-date';

export interface PlanChoiceValue {
  readonly planId: PlanId;
  readonly startDate: LocalDate;
  readonly language: Language;
}

/**
 * The plan / start date / language form behind onboarding and the settings page:
 * its fields, and a submit that refuses an unusable start date with a message.
 */
export function usePlanChoice(
  initial: PlanChoiceValue,
  checkStartDate: (value: string) => string | null,
  onValid: (value: PlanChoiceValue) => void,
) {
  const [planId, setPlanId] = useState(initial.planId);
  const [startDate, setStartDate] = useState<string>(initial.startDate);
  const [language, setLanguage] = useState(initial.language);
  const [dateError, setDateError] = useState<string | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const problem = checkStartDate(startDate);
    setDateError(problem);
    const date = parseLocalDate(startDate);
    if (problem === null && date) onValid({ planId, startDate: date, language });
  };
  const changeStartDate = (value: string) => {
    setStartDate(value);
    setDateError(null);
  };

  /** Back to `value`, e.g. "Undo changes". */
  const reset = (value: PlanChoiceValue) => {
    setPlanId(value.planId);
    changeStartDate(value.startDate);
    setLanguage(value.language);
  };

  return {
    planId,
    setPlanId,
    startDate,
    changeStartDate,
    language,
    setLanguage,
    dateError,
    submit,
    reset,
  };
}
