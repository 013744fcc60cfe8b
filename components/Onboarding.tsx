import { useState } from 'preact/hooks';
import type { Language, PlanId } from '../utils/curriculum/types';
import { type PlanChoiceValue, usePlanChoice } from './hooks/use-plan-choice';
import { RadioChoices } from './RadioChoices';
import { StartDateField } from './StartDateField';

export interface PlanChoice {
  readonly id: PlanId;
  readonly title: string;
  readonly summary: string;
}

export interface OnboardingResult extends PlanChoiceValue {
  /** Sync through the browser account: off unless the learner turns it on. */
  readonly syncEnabled: boolean;
}

export const LANGUAGE_CHOICES: readonly { readonly id: Language; readonly label: string }[] = [
  { id: 'python', label: 'Python' },
  { id: 'javascript', label: 'JavaScript / Node.js' },
  { id: 'java', label: 'Java' },
];

interface OnboardingProps {
  readonly plans: readonly PlanChoice[];
  readonly defaults: OnboardingResult;
  /** Returns an error message for a start date the plan cannot use, or null. */
  readonly checkStartDate: (value: string) => string | null;
  readonly onFinish: (result: OnboardingResult) => void;
  readonly onSkip: () => void;
  /** Where the day's task will show up: "Every new tab" in the extension, "This app" in the PWA. */
  readonly whereTodayShows: string;
  /** Ask whether to sync through the browser account (the extension has sync; the PWA does not). */
  readonly offerSync: boolean;
}

export function Onboarding({
  plans,
  defaults,
  checkStartDate,
  onFinish,
  onSkip,
  whereTodayShows,
  offerSync,
}: OnboardingProps) {
  const [syncEnabled, setSyncEnabled] = useState(defaults.syncEnabled);
  const form = usePlanChoice(defaults, checkStartDate, (value) =>
    onFinish({ ...value, syncEnabled: offerSync && syncEnabled }),
  );

  return (
    <div class="onboarding">
      <form class="card" onSubmit={form.submit} aria-labelledby="onboarding-heading">
        <h1 id="onboarding-heading">Become a back-end developer, one day at a time</h1>
        <p class="muted">
          Pick a pace. {whereTodayShows} then shows the day's task, a checklist and a tip.
          Everything stays in this browser.
        </p>
        <fieldset>
          <legend>Your plan</legend>
          <RadioChoices
            name="plan"
            choices={plans.map((plan) => ({ id: plan.id, label: plan.title, hint: plan.summary }))}
            value={form.planId}
            onChange={form.setPlanId}
          />
        </fieldset>
        <fieldset>
          <legend>Language you want to learn with</legend>
          <RadioChoices
            name="language"
            choices={LANGUAGE_CHOICES}
            value={form.language}
            onChange={form.setLanguage}
            inline
          />
        </fieldset>
        <StartDateField
          id="start-date"
          label="Start date"
          value={form.startDate}
          error={form.dateError}
          onInput={form.changeStartDate}
        />
        {offerSync && (
          <p class="field sync-choice">
            <label>
              <input
                type="checkbox"
                checked={syncEnabled}
                onChange={(event) => setSyncEnabled(event.currentTarget.checked)}
              />{' '}
              Sync my progress to my other browsers through my browser account
            </label>
            <span class="muted small">
              Off: nothing leaves this browser. You can change it in Options.
            </span>
          </p>
        )}
        <div class="row">
          <button type="submit" class="btn btn-primary">
            Start my plan
          </button>
          <button type="button" class="btn btn-quiet" onClick={onSkip}>
            Skip: use the 60-day plan from today
          </button>
        </div>
      </form>
    </div>
  );
}
