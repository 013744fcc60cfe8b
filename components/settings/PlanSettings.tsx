import { type PlanChoiceValue, usePlanChoice } from '../hooks/use-plan-choice';
import type { SaveStatus } from '../hooks/use-section-save';
import { LANGUAGE_CHOICES, type PlanChoice } from '../Onboarding';
import { RadioChoices } from '../RadioChoices';
import { StartDateField } from '../StartDateField';
import { SaveStatusLine } from './StatusLine';

export type PlanSettingsValue = PlanChoiceValue;

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
  const form = usePlanChoice(saved, checkStartDate, onSave);
  const unchanged =
    form.planId === saved.planId &&
    form.startDate === saved.startDate &&
    form.language === saved.language;

  return (
    <form
      class="card settings-section"
      onSubmit={form.submit}
      aria-labelledby="plan-settings-heading"
      noValidate
    >
      <h2 id="plan-settings-heading">Plan and start date</h2>
      <fieldset>
        <legend>Your plan</legend>
        <RadioChoices
          name="settings-plan"
          choices={plans.map((plan) => ({ id: plan.id, label: plan.title, hint: plan.summary }))}
          value={form.planId}
          onChange={form.setPlanId}
        />
        <p class="muted small settings-note" aria-live="polite">
          {form.planId === saved.planId
            ? 'Switching plans never deletes anything.'
            : 'Your ticks on the other plan are kept: switch back any time and they are still there.'}
        </p>
      </fieldset>
      <StartDateField
        id="settings-start-date"
        label="Start date (day 1 of the plan)"
        value={form.startDate}
        error={form.dateError}
        errorNote="Nothing was saved."
        required
        onInput={form.changeStartDate}
      />
      <fieldset>
        <legend>Language you learn with</legend>
        <RadioChoices
          name="settings-language"
          choices={LANGUAGE_CHOICES}
          value={form.language}
          onChange={form.setLanguage}
          inline
        />
      </fieldset>
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={unchanged}>
          Save plan
        </button>
        {!unchanged && (
          <button type="button" class="btn btn-quiet" onClick={() => form.reset(saved)}>
            Undo changes
          </button>
        )}
      </div>
      <SaveStatusLine status={status} />
    </form>
  );
}
