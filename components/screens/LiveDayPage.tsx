import { useMemo, useState } from 'preact/hooks';
import { pausesResumedOn, studyAnywayOn } from '../../utils/calendar';
import type { Plan } from '../../utils/curriculum/types';
import { completeDay, saveNote, setItemState, updateProfile } from '../../utils/db/actions';
import { useDatabase } from '../../utils/db/context';
import type { SavedTicks } from '../../utils/db/early-read';
import { useActivity, useNote, useProgress } from '../../utils/db/hooks';
import { nextPlanIdAfter } from '../../utils/model/ids';
import type { ProfileRecord } from '../../utils/model/records';
import { resolvedItemIds } from '../../utils/progress';
import { rescheduleStartDate } from '../../utils/schedule-status';
import { useAppEnvironment } from '../app-context';
import {
  moveChecklistFocus,
  skipFocusedItem,
  toggleFocusedItem,
  useShortcuts,
} from '../hooks/use-shortcuts';
import { useStoreWrites } from '../hooks/use-store-writes';
import { useToday } from '../hooks/use-today';
import { ShortcutsDialog } from '../ShortcutsDialog';
import { StoreErrorPanel } from '../StoreErrorPanel';
import { WriteFailureBanner } from '../WriteFailureBanner';
import { DayPage, type DayPageActions } from './DayPage';
import { useBehindCacheSync } from './startup/cache-sync';
import type { EarlyTicks } from './startup/early-ticks';
import { useCachedBehind } from './startup/use-cached-behind';
import { useApplyEarlyTicks } from './startup/use-early-ticks';

/** The day view wired to the live store: every change in any open view shows here. */
interface LiveDayPageProps {
  readonly plan: Plan;
  readonly profile: ProfileRecord;
  readonly savedTicks?: SavedTicks | null;
  /** Clicks made on the start-up shell: written here once, as soon as the store is open. */
  readonly earlyTicks?: EarlyTicks | null;
}

export function LiveDayPage({
  plan,
  profile,
  savedTicks = null,
  earlyTicks = null,
}: LiveDayPageProps) {
  const db = useDatabase();
  const { clock } = useAppEnvironment();
  const today = useToday();
  const progress = useProgress(profile.planId);
  const activity = useActivity();
  const note = useNote(today);
  const writes = useStoreWrites();
  const [selectedDay, setSelectedDay] = useState<number | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);

  useApplyEarlyTicks(earlyTicks, plan.id, ({ itemId, state }) => {
    void writes.run(setItemState(db, { itemId, planId: plan.id, state }, clock));
  });
  const progressMap = progress.status === 'ready' ? progress.value : null;
  const cachedBehind = useCachedBehind(profile, today);
  useBehindCacheSync(profile, plan, today, progressMap);

  const actions: DayPageActions | null = progressMap && {
    setItemState: (itemId, state) =>
      void writes.run(setItemState(db, { itemId, planId: plan.id, state }, clock)),
    completeDay: (itemIds) => void writes.run(completeDay(db, plan.id, itemIds, clock)),
    catchUp: () =>
      void writes.run(
        updateProfile(
          db,
          {
            startDate: rescheduleStartDate(
              plan,
              profile,
              today,
              resolvedItemIds(progressMap.values()),
            ),
          },
          clock,
        ),
      ),
    studyAnyway: () => void writes.run(updateProfile(db, studyAnywayOn(profile, today), clock)),
    resume: () => void writes.run(updateProfile(db, pausesResumedOn(profile, today), clock)),
    startNextPlan: () => {
      const next = nextPlanIdAfter(plan.id);
      if (next) void writes.run(updateProfile(db, { planId: next, startDate: today }, clock));
    },
    saveNote: async (text) => {
      const result = await saveNote(db, today, text, clock);
      if (!result.ok) throw new Error(`${result.error.title} ${result.error.advice}`);
    },
  };

  const shortcuts = useMemo(
    () => ({
      j: () => moveChecklistFocus(1),
      ArrowDown: () => moveChecklistFocus(1),
      k: () => moveChecklistFocus(-1),
      ArrowUp: () => moveChecklistFocus(-1),
      x: toggleFocusedItem,
      s: skipFocusedItem,
      t: () => setSelectedDay(null),
      n: () => document.querySelector<HTMLButtonElement>('.tip-card button')?.click(),
      '?': () => setHelpOpen((open) => !open),
    }),
    [],
  );
  useShortcuts(shortcuts);

  // Right after midnight the query may still hold yesterday's note: never offer it as today's.
  const todaysNote =
    note.status === 'ready' && (note.value === undefined || note.value.date === today)
      ? (note.value?.text ?? '')
      : null;
  const failed = [progress, activity, note].find((loadable) => loadable.status === 'error');
  if (failed?.status === 'error')
    return <StoreErrorPanel title={failed.error.title} advice={failed.error.advice} />;

  return (
    <>
      <WriteFailureBanner failure={writes.failure} onDismiss={writes.dismiss} />
      <DayPage
        plan={plan}
        profile={profile}
        today={today}
        progress={progressMap}
        activity={activity.status === 'ready' ? activity.value : null}
        note={todaysNote}
        actions={actions}
        selectedDay={selectedDay}
        onSelectDay={setSelectedDay}
        savedTicks={earlyTicks ? earlyTicks.over(savedTicks) : savedTicks}
        cachedBehind={cachedBehind}
      />
      <p class="shortcut-hint muted small">
        Press <kbd>?</kbd> for keyboard shortcuts.
      </p>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
