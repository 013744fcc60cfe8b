import type { LocalDate } from '../../utils/date';
import { createProfile } from '../../utils/db/actions';
import { useDatabase } from '../../utils/db/context';
import { PLAN_IDS } from '../../utils/model/ids';
import type { ProfileRecord } from '../../utils/model/records';
import { useAppEnvironment } from '../app-context';
import { useStoreWrites } from '../hooks/use-store-writes';
import { Onboarding, type OnboardingResult } from '../Onboarding';
import { WriteFailureBanner } from '../WriteFailureBanner';
import { usePlans } from './use-plan';

/** A first profile. Sync stays off unless the learner turned it on: nothing leaves the browser by default. */
export function newProfile(
  choice: Omit<OnboardingResult, 'syncEnabled'> & { readonly syncEnabled?: boolean },
  now: number,
): ProfileRecord {
  return {
    id: 'profile',
    planId: choice.planId,
    startDate: choice.startDate,
    restDays: [],
    theme: 'system',
    language: choice.language,
    reminderTime: null,
    syncEnabled: choice.syncEnabled ?? false,
    onboardedAt: now,
    updatedAt: now,
  };
}

/** First run: shown only after the store was read and holds no profile. */
export function SetupScreen({ today }: { today: LocalDate }) {
  const db = useDatabase();
  const { clock, platform } = useAppEnvironment();
  const writes = useStoreWrites();
  // Loaded here, not bundled with the day page: onboarding is the only view that lists every plan.
  const plans = usePlans(PLAN_IDS);
  const defaults: OnboardingResult = {
    planId: 'plan-60',
    startDate: today,
    language: 'javascript',
    syncEnabled: false,
  };
  const finish = (choice: OnboardingResult) =>
    void writes.run(createProfile(db, newProfile(choice, clock.now()), clock));
  if (!plans) return null;
  return (
    <>
      <WriteFailureBanner failure={writes.failure} />
      <Onboarding
        plans={plans}
        defaults={defaults}
        today={today}
        onFinish={finish}
        whereTodayShows={platform.kind === 'extension' ? 'Every new tab' : 'This app'}
        offerSync={platform.kind === 'extension'}
      />
    </>
  );
}
