import type { ComponentChildren } from 'preact';
import { planCalendar } from '../../utils/calendar';
import { wordingFor } from '../../utils/curriculum/lookup';
import type { Plan } from '../../utils/curriculum/types';
import { setItemState } from '../../utils/db/actions';
import { useDatabase } from '../../utils/db/context';
import type { SavedTicks } from '../../utils/db/early-read';
import { useActivity, useProfile, useProgress } from '../../utils/db/hooks';
import { pinnedCards } from '../../utils/model/card-choices';
import type { ProfileRecord } from '../../utils/model/records';
import { planProgress, resolvedItemIds } from '../../utils/progress';
import { planState } from '../../utils/schedule';
import { scheduleStatus } from '../../utils/schedule-status';
import { computeStreak } from '../../utils/streak';
import { tipOfTheDay } from '../../utils/tips';
import { useAppEnvironment } from '../app-context';
import { useStoreWrites } from '../hooks/use-store-writes';
import { useTheme } from '../hooks/use-theme';
import { useToday } from '../hooks/use-today';
import { QuickDay, type QuickDayModel } from '../QuickDay';
import { StoreErrorPanel } from '../StoreErrorPanel';
import { ItemStudy } from '../study/ItemStudy';
import { WriteFailureBanner } from '../WriteFailureBanner';
import { phaseBeginsOn } from './day-page-model';
import { useBehindCacheSync } from './startup/cache-sync';
import type { EarlyTicks } from './startup/early-ticks';
import { useCachedBehind } from './startup/use-cached-behind';
import { useApplyEarlyTicks } from './startup/use-early-ticks';
import { stateLine } from './state-line';
import { useDayStudy } from './use-day-study';
import { usePlan, useTips } from './use-plan';
import { checklistRows } from './view-model';

interface LiveQuickDayProps {
  readonly plan: Plan;
  readonly profile: ProfileRecord;
  /** Today's ticks the start-up path already showed, kept until the store's own arrive. */
  readonly savedTicks: SavedTicks | null;
  readonly earlyTicks: EarlyTicks | null;
}

function LiveQuickDay({ plan, profile, savedTicks, earlyTicks }: LiveQuickDayProps) {
  const db = useDatabase();
  const { clock, platform } = useAppEnvironment();
  const today = useToday();
  const progress = useProgress(profile.planId);
  const activity = useActivity();
  const writes = useStoreWrites();
  const cachedBehind = useCachedBehind(profile, today);
  useBehindCacheSync(profile, plan, today, progress.status === 'ready' ? progress.value : null);
  useApplyEarlyTicks(earlyTicks, plan.id, ({ itemId, state }) => {
    void writes.run(setItemState(db, { itemId, planId: plan.id, state }, clock));
  });
  const state = planState(plan, profile, today);
  const tipPinned = pinnedCards(profile.cards, phaseBeginsOn(plan, profile, today)).includes('tip');
  const tips = useTips(tipPinned);
  const tip =
    tipPinned && tips && tips.length > 0 && state.kind !== 'ended'
      ? wordingFor(
          tipOfTheDay({ phase: state.phase, planStart: profile.startDate, date: today, tips }),
          profile.language,
        )
      : null;
  const study = useDayStudy(plan, state.kind === 'active' ? state.day : null, profile.language);
  if (progress.status === 'error')
    return <StoreErrorPanel title={progress.error.title} advice={progress.error.advice} />;

  const progressReady = progress.status === 'ready';
  const progressMap = progressReady ? progress.value : new Map();
  const resolved = resolvedItemIds(progressMap.values());
  const overall = planProgress(plan, resolved);
  const streak = computeStreak({
    activeDates: new Set(activity.status === 'ready' ? activity.value.keys() : []),
    today,
    isStudyDay: planCalendar(profile).isStudyDay,
  });
  const rows =
    state.kind === 'active' ? checklistRows(state.planDay, progressMap, profile.language) : [];
  const model: QuickDayModel = {
    // Until the store answers, the status the last page cached (as the start-up shell shows it).
    heading: stateLine(
      plan,
      state,
      progressReady
        ? scheduleStatus(plan, state, resolved)
        : cachedBehind && { kind: 'behind', ...cachedBehind },
      today,
    ),
    focus: state.kind === 'ended' ? '' : state.phase.focus,
    items:
      progressReady || !savedTicks
        ? rows
        : rows.map((row) => ({ ...row, state: savedTicks.get(row.id) ?? row.state })),
    planPercent: progressReady ? Math.round(overall.fraction * 100) : null,
    streakDays: activity.status === 'ready' ? streak.current : null,
    tip,
  };
  return (
    <>
      <WriteFailureBanner failure={writes.failure} />
      <QuickDay
        model={model}
        pending={!progressReady}
        onSetState={(itemId, next) =>
          void writes.run(setItemState(db, { itemId, planId: plan.id, state: next }, clock))
        }
        links={platform.links}
        linksOpenNewTab={platform.linksOpenNewTab}
        itemExtra={(itemId) => {
          const notes = study?.items.get(itemId);
          return notes && <ItemStudy study={notes} compact />;
        }}
      />
    </>
  );
}

interface PopupScreenProps {
  /** Shown while the profile loads (the start-up shell, when there is one). */
  readonly placeholder?: ComponentChildren;
  readonly savedTicks?: SavedTicks | null;
  /** Clicks made on the start-up shell: written once, as soon as the store is open. */
  readonly earlyTicks?: EarlyTicks | null;
}

export function PopupScreen({
  placeholder = null,
  savedTicks = null,
  earlyTicks = null,
}: PopupScreenProps) {
  const profile = useProfile();
  const { platform } = useAppEnvironment();
  const stored = profile.status === 'ready' ? profile.value : undefined;
  const plan = usePlan(stored && stored.onboardedAt !== null ? stored.planId : null);
  useTheme(stored?.theme);
  if (profile.status === 'error')
    return <StoreErrorPanel title={profile.error.title} advice={profile.error.advice} />;
  if (profile.status === 'loading') return <>{placeholder}</>;
  if (!profile.value || profile.value.onboardedAt === null) {
    return (
      <section class="quick-day">
        <h1>Welcome to Backend Path</h1>
        <p>Choose your plan to see today's task here.</p>
        <a
          class="btn btn-primary"
          href={platform.links.day}
          target={platform.linksOpenNewTab ? '_blank' : undefined}
        >
          Choose a plan
        </a>
      </section>
    );
  }
  if (!plan) return <>{placeholder}</>;
  return (
    <LiveQuickDay
      plan={plan}
      profile={profile.value}
      savedTicks={earlyTicks ? earlyTicks.over(savedTicks) : savedTicks}
      earlyTicks={earlyTicks}
    />
  );
}
