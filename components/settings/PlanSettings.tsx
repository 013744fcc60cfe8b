import { useState } from 'preact/hooks';
import type { Language, PlanId } from '../../utils/curriculum/types';
import type { LocalDate } from '../../utils/date';
import { LANGUAGE_CHOICES, type PlanChoice } from '../Onboarding';
import { RadioChoices } from '../RadioChoices';
import { SaveStatusLine } from './StatusLine';
import type { SaveStatus } from './use-section-save';

export interface PlanSettingsValue {
  readonly planId: PlanId;
  readonly startDate: LocalDate;
  readonly language: Language;
}

interface PlanSettingsProps {
  readonly plans: readonly PlanChoice[];
  /** What is saved now; the form starts from it. */
  readonly saved: PlanSettingsValue;
  /** Returns an error message for an unusable start date, or null. */
  readonly checkStartDate: (value: string) => string | null;
  readonly onSave: (value: PlanSettingsValue) => void;
  readonly status: SaveStatus;
}

export function PlanSettings({ plans, saved, checkStartDate, onSave, status }: PlanSettingsProps) {
  const [planId, setPlanId] = useState(saved.planId);
  const [startDate, setStartDate] = useState(saved.startDate);
  const [language, setLanguage] = useState(saved.language);
  const [dateError, setDateError] = useState<string | null>(null);
  const unchanged =
    planId === saved.planId && startDate === saved.startDate && language === saved.language;

  const submit = (event: Event) => {
    event.preventDefault();
    const problem = checkStartDate(startDate);
    setDateError(problem);
    if (problem === null) onSave({ planId, startDate, language });
  };

  return (
    <form
      class="card settings-section"
      onSubmit={submit}
      aria-labelledby="plan-settings-heading"
      noValidate
    >
      <h2 id="plan-settings-heading">Plan and start date</h2>
      <fieldset>
        <legend>Your plan</legend>
        <RadioChoices
          name="settings-plan"
          choices={plans.map((plan) => ({ id: plan.id, label: plan.title, hint: plan.summary }))}
          value={planId}
          onChange={setPlanId}
        />
        <p class="muted small settings-note" aria-live="polite">
          {planId === saved.planId
            ? 'Switching plans never deletes anything.'
            : 'Your ticks on the other plan are kept: switch back any time and they are still there.'}
        </p>
      </fieldset>
      <p class="field">
        <label for="settings-start-date">Start date (day 1 of the plan)</label>
        <input
          id="settings-start-date"
          type="date"
          value={startDate}
          required
          aria-invalid={dateError !== null}
          aria-describedby={dateError ? 'settings-start-date-error' : undefined}
          onInput={(event) => {
            setStartDate(event.currentTarget.value);
            setDateError(null);
          }}
        />
        {dateError && (
          <span id="settings-start-date-error" class="error-text" role="alert">
            {dateError} Nothing was saved.
          </span>
        )}
      </p>
      <fieldset>
        <legend>Language you learn with</legend>
        <RadioChoices
          name="settings-language"
          choices={LANGUAGE_CHOICES}
          value={language}
          onChange={setLanguage}
          inline
        />
      </fieldset>
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={unchanged}>
          Save plan
        </button>
        {!unchanged && (
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => {
              setPlanId(saved.planId);
              setStartDate(saved.startDate);
              setLanguage(saved.language);
              setDateError(null);
            }}
          >
            Undo changes
          </button>
        )}
      </div>
      <SaveStatusLine status={status} />
    </form>
  );
}
