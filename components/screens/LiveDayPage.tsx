import { useEffect, useMemo, useState } from 'preact/hooks';
import { CAREER } from '../../utils/curriculum/career';
import type { Plan } from '../../utils/curriculum/types';
import { setItemState } from '../../utils/db/actions';
import { useDatabase } from '../../utils/db/context';
import type { SavedTicks } from '../../utils/db/early-read';
import { useActivity, useProgress } from '../../utils/db/hooks';
import type { ProfileRecord } from '../../utils/model/records';
import { dayViewFromHash } from '../../utils/platform';
import { useAppEnvironment } from '../app-context';
import { CareerView } from '../CareerCard';
import { useDayView } from '../hooks/use-day-view';
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
import { DayPage } from './DayPage';
import { landOnDayHeading } from './land-on-day';
import { NotesScreen } from './NotesScreen';
import { useBehindCacheSync } from './startup/cache-sync';
import type { EarlyTicks } from './startup/early-ticks';
import { useCachedBehind } from './startup/use-cached-behind';
import { useApplyEarlyTicks } from './startup/use-early-ticks';
import { useDayActions } from './use-day-actions';
import { useShownNote } from './use-shown-note';

/** The day view wired to the live store: every change in any open view shows here. */
interface LiveDayPageProps {
  readonly plan: Plan;
  readonly profile: ProfileRecord;
  readonly savedTicks?: SavedTicks | null;
  /** Clicks made on the start-up shell: written here once, as soon as the store is open. */
  readonly earlyTicks?: EarlyTicks | null;
  /** Land on the day's heading at once (right after onboarding). */
  readonly landFirst?: boolean;
}

export function LiveDayPage({
  plan,
  profile,
  savedTicks = null,
  earlyTicks = null,
  landFirst = false,
}: LiveDayPageProps) {
  const db = useDatabase();
  const { clock, platform } = useAppEnvironment();
  const today = useToday();
  const progress = useProgress(profile.planId);
  const activity = useActivity();
  const writes = useStoreWrites();
  const [selectedDay, setSelectedDay] = useState<number | null>(null);
  const [landing, setLanding] = useState(landFirst ? 1 : 0);
  const [moreOpen, setMoreOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [view, goTo] = useDayView(platform);
  const shownNote = useShownNote(profile, today, selectedDay);

  useApplyEarlyTicks(earlyTicks, plan.id, ({ itemId, state }) => {
    void writes.run(setItemState(db, { itemId, planId: plan.id, state }, clock));
  });
  const progressMap = progress.status === 'ready' ? progress.value : null;
  const cachedBehind = useCachedBehind(profile, today);
  useBehindCacheSync(profile, plan, today, progressMap);
  const actions = useDayActions(plan, profile, today, progressMap, writes);
  const openDay = (day: number | null) => {
    setSelectedDay(day);
    setLanding((count) => count + 1);
  };
  const backToDay = () => {
    goTo('day');
    setLanding((count) => count + 1);
  };
  useEffect(() => {
    if (view === 'career') landOnDayHeading();
  }, [view]);

  const shortcuts = useMemo(
    () => ({
      j: () => moveChecklistFocus(1),
      ArrowDown: () => moveChecklistFocus(1),
      k: () => moveChecklistFocus(-1),
      ArrowUp: () => moveChecklistFocus(-1),
      x: toggleFocusedItem,
      s: skipFocusedItem,
      t: () => {
        // From the notes or career view too: `t` always means today's card.
        if (dayViewFromHash(location.hash) !== 'day') goTo('day');
        openDay(null);
      },
      m: () => setMoreOpen((open) => !open),
      n: () => document.querySelector<HTMLButtonElement>('.tip-card button')?.click(),
      '?': () => setHelpOpen((open) => !open),
    }),
    [],
  );
  useShortcuts(shortcuts);

  const failed = [progress, activity, shownNote.failed].find((one) => one?.status === 'error');
  if (failed?.status === 'error')
    return <StoreErrorPanel title={failed.error.title} advice={failed.error.advice} />;

  return (
    <>
      <WriteFailureBanner failure={writes.failure} onDismiss={writes.dismiss} />
      {view === 'notes' && (
        <NotesScreen profile={profile} planLength={plan.lengthDays} onBack={backToDay} />
      )}
      {view === 'career' && <CareerView facts={CAREER} onBack={backToDay} />}
      {view === 'day' && (
        <DayPage
          plan={plan}
          profile={profile}
          today={today}
          progress={progressMap}
          activity={activity.status === 'ready' ? activity.value : null}
          note={shownNote.note}
          actions={actions}
          selectedDay={selectedDay}
          onSelectDay={openDay}
          landing={landing}
          moreOpen={moreOpen}
          onToggleMore={() => setMoreOpen((open) => !open)}
          links={platform.links}
          savedTicks={earlyTicks ? earlyTicks.over(savedTicks) : savedTicks}
          cachedBehind={cachedBehind}
        />
      )}
      <p class="shortcut-hint muted small">
        Press <kbd>?</kbd> for keyboard shortcuts.
      </p>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}
