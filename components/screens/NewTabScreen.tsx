import { useRef } from 'preact/hooks';
import type { SavedTicks } from '../../utils/db/early-read';
import { useProfile } from '../../utils/db/hooks';
import type { ProfileRecord } from '../../utils/model/records';
import { useTheme } from '../hooks/use-theme';
import { useToday } from '../hooks/use-today';
import { StoreErrorPanel } from '../StoreErrorPanel';
import { DayPage } from './DayPage';
import { LiveDayPage } from './LiveDayPage';
import { PlanOfferNotice } from './PlanOfferNotice';
import { SetupScreen } from './SetupScreen';
import { useProfileCacheSync, useTodayCacheSync } from './startup/cache-sync';
import type { EarlyTicks } from './startup/early-ticks';
import { useCachedBehind } from './startup/use-cached-behind';
import { usePlan } from './use-plan';

interface CachedDayPageProps {
  readonly profile: ProfileRecord | null;
  /** Today's ticks the start-up path read before the store opened, if any. */
  readonly savedTicks?: SavedTicks | null;
  /** Clicks made before the store opened, queued for the live page to write. */
  readonly earlyTicks?: EarlyTicks | null;
}

/** Today's task from the profile cache, before the store has answered. */
export function CachedDayPage({
  profile,
  savedTicks = null,
  earlyTicks = null,
}: CachedDayPageProps) {
  if (!profile) return null;
  return <CachedProfileDayPage profile={profile} savedTicks={savedTicks} earlyTicks={earlyTicks} />;
}

function CachedProfileDayPage({
  profile,
  savedTicks,
  earlyTicks,
}: {
  readonly profile: ProfileRecord;
  readonly savedTicks: SavedTicks | null;
  readonly earlyTicks: EarlyTicks | null;
}) {
  const today = useToday();
  const plan = usePlan(profile.planId);
  const cachedBehind = useCachedBehind(profile, today);
  if (!plan) return null;
  return (
    <DayPage
      plan={plan}
      profile={profile}
      today={today}
      progress={null}
      activity={null}
      note={null}
      actions={null}
      selectedDay={null}
      onSelectDay={() => undefined}
      savedTicks={savedTicks}
      cachedBehind={cachedBehind}
      earlyTicks={earlyTicks}
    />
  );
}

interface NewTabScreenProps {
  readonly cachedProfile: ProfileRecord | null;
  readonly savedTicks?: SavedTicks | null;
  readonly earlyTicks?: EarlyTicks | null;
}

export function NewTabScreen({
  cachedProfile,
  savedTicks = null,
  earlyTicks = null,
}: NewTabScreenProps) {
  const profile = useProfile();
  const today = useToday();
  const stored = profile.status === 'ready' ? profile.value : undefined;
  const onboarded = stored && stored.onboardedAt !== null ? stored : null;
  const plan = usePlan(onboarded?.planId ?? null);
  // Onboarding ran in this page: the day view opens on its heading, not where the form was.
  const onboardedHere = useRef(false);
  if (profile.status === 'ready' && !onboarded) onboardedHere.current = true;
  useTheme(stored?.theme);
  useProfileCacheSync(profile);
  useTodayCacheSync(profile, today);

  if (profile.status === 'error')
    return <StoreErrorPanel title={profile.error.title} advice={profile.error.advice} />;
  const early = { savedTicks, earlyTicks };
  if (profile.status === 'loading') return <CachedDayPage profile={cachedProfile} {...early} />;
  if (!onboarded) return <SetupScreen today={today} />;
  // The active plan is still loading (a plan switch, or a first load outside the new tab).
  if (!plan) return <CachedDayPage profile={onboarded} {...early} />;
  return (
    <>
      {onboarded.provisional && <PlanOfferNotice />}
      <LiveDayPage plan={plan} profile={onboarded} landFirst={onboardedHere.current} {...early} />
    </>
  );
}
