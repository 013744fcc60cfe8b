import type { LocalDate } from '../../utils/date';
import type { Weekday } from '../../utils/model/records';
import { type PlanChoiceValue, usePlanChoice } from '../hooks/use-plan-choice';
import type { SaveStatus } from '../hooks/use-section-save';
import { LanguageChoice, type PlanChoice } from '../Onboarding';
import { RadioChoices } from '../RadioChoices';
import { StartDateField } from '../StartDateField';
import { SaveStatusLine } from './StatusLine';

export type PlanSettingsValue = PlanChoiceValue;

interface PlanSettingsProps {
  readonly plans: readonly PlanChoice[];
  /** What is saved now; the form starts from it. */
  readonly saved: PlanSettingsValue;
  readonly today: LocalDate;
  /** The weekly rest days, which make a plan last longer on the calendar. */
  readonly restDays: readonly Weekday[];
  readonly onSave: (value: PlanSettingsValue) => void;
  readonly status: SaveStatus;
}

export function PlanSettings(props: PlanSettingsProps) {
  const { plans, saved, today, restDays, onSave, status } = props;
  const form = usePlanChoice(saved, { today, plans, restDays, saved: saved.startDate }, onSave);
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
        {...form.dateField}
        errorNote="Nothing was saved."
        required
      />
      <LanguageChoice name="settings-language" value={form.language} onChange={form.setLanguage} />
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
