import { getPlan, PLAN_IDS } from '../../utils/curriculum';
import { isValidLocalDate, type LocalDate } from '../../utils/date';
import { saveProfile } from '../../utils/db/actions';
import { useDatabase } from '../../utils/db/context';
import type { ProfileRecord } from '../../utils/db/records';
import { useAppEnvironment } from '../app-context';
import { useStoreWrites } from '../hooks/use-store-writes';
import { Onboarding, type OnboardingResult } from '../Onboarding';

export function newProfile(choice: OnboardingResult, now: number): ProfileRecord {
  return {
    id: 'profile',
    planId: choice.planId,
    startDate: choice.startDate,
    restDays: [],
    theme: 'system',
    language: choice.language,
    reminderTime: null,
    syncEnabled: true,
    onboardedAt: now,
    updatedAt: now,
  };
}

export function checkStartDate(value: string): string | null {
  if (value === '') return 'Choose a start date.';
  if (!isValidLocalDate(value))
    return `“${value}” is not a date. Use the date picker or the form YYYY-MM-DD.`;
  return null;
}

/** First run: shown only after the store was read and holds no profile. */
export function SetupScreen({ today }: { today: LocalDate }) {
  const db = useDatabase();
  const { clock, platform } = useAppEnvironment();
  const writes = useStoreWrites();
  const defaults: OnboardingResult = {
    planId: 'plan-60',
    startDate: today,
    language: 'javascript',
  };
  const finish = (choice: OnboardingResult) =>
    void writes.run(saveProfile(db, newProfile(choice, clock.now())));
  return (
    <>
      {writes.failure && (
        <p class="banner" role="alert">
          Not saved: {writes.failure}
        </p>
      )}
      <Onboarding
        plans={PLAN_IDS.map((id) => {
          const plan = getPlan(id);
          return { id, title: plan.title, summary: plan.summary };
        })}
        defaults={defaults}
        checkStartDate={checkStartDate}
        onFinish={finish}
        onSkip={() => finish(defaults)}
        whereTodayShows={platform.kind === 'extension' ? 'Every new tab' : 'This app'}
      />
    </>
  );
}
