import { useState } from 'preact/hooks';
import type { Language, PlanId } from '../utils/curriculum/types';
import type { LocalDate } from '../utils/date';
import { type PlanChoiceValue, usePlanChoice } from './hooks/use-plan-choice';
import { type PlanFactsSource, planFacts } from './plan-facts';
import { RadioChoices } from './RadioChoices';
import { StartDateField } from './StartDateField';

export interface PlanChoice extends PlanFactsSource {
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

/** The learner's stack, side by side; onboarding and Options ask it the same way. */
export function LanguageChoice(props: {
  readonly name: string;
  readonly value: Language;
  readonly onChange: (language: Language) => void;
}) {
  return (
    <fieldset>
      <legend>Language you learn with</legend>
      <RadioChoices choices={LANGUAGE_CHOICES} inline {...props} />
    </fieldset>
  );
}

interface OnboardingProps {
  readonly plans: readonly PlanChoice[];
  readonly defaults: OnboardingResult;
  /** For the start date's limits and questions. */
  readonly today: LocalDate;
  readonly onFinish: (result: OnboardingResult) => void;
  /** Where the day's task will show up: "Every new tab" in the extension, "This app" in the PWA. */
  readonly whereTodayShows: string;
  /** Ask whether to sync through the browser account (the extension has sync; the PWA does not). */
  readonly offerSync: boolean;
}

/** First run on one screen: every choice comes preset, so "Start my plan" is the quick way too. */
export function Onboarding({
  plans,
  defaults,
  today,
  onFinish,
  whereTodayShows,
  offerSync,
}: OnboardingProps) {
  const [syncEnabled, setSyncEnabled] = useState(defaults.syncEnabled);
  const form = usePlanChoice(defaults, { today, plans }, (value) =>
    onFinish({ ...value, syncEnabled: offerSync && syncEnabled }),
  );

  return (
    <div class="onboarding">
      <form class="card" onSubmit={form.submit} aria-labelledby="onboarding-heading" noValidate>
        <h1 id="onboarding-heading">Become a back-end developer, one day at a time</h1>
        <p class="muted onboarding-intro">
          {whereTodayShows} shows the day's task, a checklist and a tip.
          {offerSync ? '' : ' Everything stays in this browser.'}
        </p>
        <fieldset>
          <legend>Your plan</legend>
          <RadioChoices
            name="plan"
            choices={plans.map((plan) => ({
              id: plan.id,
              label: plan.title,
              hint: planFacts(plan),
              describedBy: `plan-about-${plan.id}`,
            }))}
            value={form.planId}
            onChange={form.setPlanId}
            cards
          />
        </fieldset>
        <div class="onboarding-pair">
          <LanguageChoice name="language" value={form.language} onChange={form.setLanguage} />
          <StartDateField
            id="start-date"
            label="Start date"
            value={form.startDate}
            {...form.dateField}
          />
        </div>
        {offerSync && (
          <p class="field sync-choice">
            <label>
              <input
                type="checkbox"
                checked={syncEnabled}
                onChange={(event) => setSyncEnabled(event.currentTarget.checked)}
              />{' '}
              Sync my progress to my other browsers
            </label>
            <span class="muted small">
              Through your browser account. Off: nothing leaves this browser. Change it any time in
              Options.
            </span>
          </p>
        )}
        <button type="submit" class="btn btn-primary onboarding-start">
          Start my plan
        </button>
        <details class="plan-about">
          <summary>What each plan is like</summary>
          <dl>
            {plans.map((plan) => (
              <div key={plan.id}>
                <dt>{plan.title}</dt>
                <dd id={`plan-about-${plan.id}`}>{plan.summary}</dd>
              </div>
            ))}
          </dl>
        </details>
      </form>
    </div>
  );
}
