import { useProfile } from '../../utils/db/hooks';
import type { ProfileRecord } from '../../utils/db/records';
import { useTheme } from '../hooks/use-theme';
import { useToday } from '../hooks/use-today';
import { StoreErrorPanel } from '../StoreErrorPanel';
import { DayPage } from './DayPage';
import { LiveDayPage } from './LiveDayPage';
import { SetupScreen } from './SetupScreen';
import { useProfileCacheSync, useTodayCacheSync } from './startup-cache-sync';

/** Today's task from the profile cache, before the store has answered. */
export function CachedDayPage({ profile }: { profile: ProfileRecord | null }) {
  const today = useToday();
  if (!profile) return null;
  return (
    <DayPage
      profile={profile}
      today={today}
      progress={null}
      activity={null}
      note={null}
      actions={null}
      selectedDay={null}
      onSelectDay={() => undefined}
    />
  );
}

export function NewTabScreen({ cachedProfile }: { cachedProfile: ProfileRecord | null }) {
  const profile = useProfile();
  const today = useToday();
  const stored = profile.status === 'ready' ? profile.value : undefined;
  useTheme(stored?.theme);
  useProfileCacheSync(profile);
  useTodayCacheSync(profile, today);

  if (profile.status === 'error')
    return <StoreErrorPanel title={profile.error.title} advice={profile.error.advice} />;
  if (profile.status === 'loading') return <CachedDayPage profile={cachedProfile} />;
  if (!stored || stored.onboardedAt === null) return <SetupScreen today={today} />;
  return <LiveDayPage profile={stored} />;
}
