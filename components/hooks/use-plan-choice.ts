import { useState } from 'preact/hooks';
import type { LocalDate } from '../../utils/date';
import type { Language, PlanId } from '../../utils/model/ids';
import type { Weekday } from '../../utils/model/records';
import { judgeStartDate, type StartDateVerdict, startDateBounds } from '../../utils/start-date';
import type { StartDateQuestion } from '../StartDateField';
import { confirmationWords, refusalText } from '../start-date-words';

export interface PlanChoiceValue {
  readonly planId: PlanId;
  readonly startDate: LocalDate;
  readonly language: Language;
}

export interface StartDateRules {
  readonly today: LocalDate;
  /** The plans' lengths in study days, for "this plan would already be over". */
  readonly plans: readonly { readonly id: PlanId; readonly lengthDays: number }[];
  readonly restDays?: readonly Weekday[];
  /** The stored start date: kept as it is without questions (Options). */
  readonly saved?: LocalDate;
}

export type StartDateConfirmation = Extract<StartDateVerdict, { kind: 'confirm' }>;

/**
 * The plan / start date / language form behind onboarding and the settings page: its
 * fields, and a submit that refuses an unusable start date with a message, or asks first
 * about an unlikely one. What was typed stays in the field either way.
 */
export function usePlanChoice(
  initial: PlanChoiceValue,
  rules: StartDateRules,
  onValid: (value: PlanChoiceValue) => void,
) {
  const [planId, setPlan] = useState(initial.planId);
  const [startDate, setStartDate] = useState<string>(initial.startDate);
  const [language, setLanguage] = useState(initial.language);
  const [dateError, setDateError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<StartDateConfirmation | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const verdict: StartDateVerdict =
      rules.saved !== undefined && startDate === rules.saved
        ? { kind: 'ok', date: rules.saved }
        : judgeStartDate(startDate, {
            today: rules.today,
            lengthDays: rules.plans.find((plan) => plan.id === planId)?.lengthDays ?? 0,
            restDays: rules.restDays,
          });
    setDateError(verdict.kind === 'refused' ? refusalText(verdict, startDate, rules.today) : null);
    setConfirmation(verdict.kind === 'confirm' ? verdict : null);
    if (verdict.kind === 'ok') onValid({ planId, startDate: verdict.date, language });
  };
  const changeStartDate = (value: string) => {
    setStartDate(value);
    setDateError(null);
    setConfirmation(null);
  };
  const setPlanId = (id: PlanId) => {
    setPlan(id);
    setConfirmation(null);
  };
  /** The answers to the question about an unlikely date. */
  const startToday = () => {
    changeStartDate(rules.today);
    onValid({ planId, startDate: rules.today, language });
  };
  const keepDate = () => {
    if (!confirmation) return;
    setConfirmation(null);
    onValid({ planId, startDate: confirmation.date, language });
  };

  const question: StartDateQuestion | null = confirmation && {
    ...confirmationWords(confirmation),
    onStartToday: startToday,
    onKeep: keepDate,
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
    /** What the start-date field needs beyond its value. */
    dateField: {
      bounds: startDateBounds(rules.today),
      error: dateError,
      question,
      onInput: changeStartDate,
    },
    submit,
    reset,
  };
}
