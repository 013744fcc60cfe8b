import { useEffect, useState } from 'preact/hooks';
import type { Plan, Tip } from '../../utils/curriculum/types';
import { formatLongDate, type LocalDate } from '../../utils/date';
import type { SavedTicks } from '../../utils/db/early-read';
import { CARD_LABELS, pinnedCards } from '../../utils/model/card-choices';
import { CARD_IDS } from '../../utils/model/cards';
import type { ItemState, ProfileRecord } from '../../utils/model/records';
import { DayCompleteNotice, type DayCompletion } from '../DayCompleteNotice';
import { MoreSection } from '../MoreSection';
import type { ShownNote } from './DayExtras';
import { dayPageModel, phaseBeginsOn } from './day-page-model';
import { landOnDayHeading } from './land-on-day';
import { PlanHeadline } from './PlanHeadline';
import { ShownDayCard } from './ShownDayCard';
import type { EarlyTicks } from './startup/early-ticks';
import type { BehindStatus } from './startup/today-cache';
import { useDayStudy } from './use-day-study';
import { useDayExtras, useTips } from './use-plan';
import type { ProgressMap } from './view-model';

export interface DayPageActions {
  readonly setItemState: (itemId: string, state: ItemState) => void;
  /** Resolves with the undo for what it marked, or null when nothing was marked. */
  readonly completeDay: (
    day: number,
    itemIds: readonly string[],
  ) => Promise<{ readonly completion: DayCompletion; readonly undo: () => void } | null>;
  /** Moves the plan so today is the first unfinished day ("Continue from day X"). */
  readonly catchUp: () => void;
  readonly startNextPlan: () => void;
  /** Makes today, a rest day or paused, a study day. */
  readonly studyAnyway: () => void;
  /** Ends the pause today is in. */
  readonly resume: () => void;
}

interface DayPageProps {
  /** The profile's active plan (loaded on its own, so the page never pulls every plan). */
  readonly plan: Plan;
  readonly profile: ProfileRecord;
  readonly today: LocalDate;
  /** null while the saved ticks are still loading: the page is shown, not yet editable. */
  readonly progress: ProgressMap | null;
  readonly activity: ReadonlyMap<LocalDate, number> | null;
  /** The shown day's note, or null while loading or on a day still to come. */
  readonly note?: ShownNote | null;
  readonly actions: DayPageActions | null;
  readonly selectedDay: number | null;
  readonly onSelectDay: (day: number | null) => void;
  /** Bumped to bring the day card's heading into view and focus (after `t`, a day opened…). */
  readonly landing?: number;
  /** Whether "More" is open; owned by the live page so `m` can toggle it. */
  readonly moreOpen?: boolean;
  readonly onToggleMore?: () => void;
  readonly links?: { readonly notes: string; readonly career: string };
  /** Today's ticks read early by the start-up path, shown while `progress` is still null. */
  readonly savedTicks?: SavedTicks | null;
  /** The last schedule status seen, shown while `progress` is null so the pill never moves the card. */
  readonly cachedBehind?: BehindStatus | null;
  /** Until the store is ready, today's ticks go here (the start-up shell's queue). */
  readonly earlyTicks?: EarlyTicks | null;
}

const NO_LINKS = { notes: '#notes', career: '#career' };
const NO_TIPS: readonly Tip[] = [];

/** Today's task first; every other card is pinned by the learner or one step away in "More". */
export function DayPage({
  plan,
  profile,
  today,
  progress,
  activity,
  note = null,
  actions,
  selectedDay,
  onSelectDay,
  landing = 0,
  moreOpen = false,
  onToggleMore = () => undefined,
  links = NO_LINKS,
  savedTicks = null,
  cachedBehind = null,
  earlyTicks = null,
}: DayPageProps) {
  const [tipOffset, setTipOffset] = useState(0);
  const [, setEarlyClicks] = useState(0);
  const pinned = pinnedCards(profile.cards, phaseBeginsOn(plan, profile, today));
  const tips = useTips(moreOpen || pinned.includes('tip'));
  const DayExtras = useDayExtras(moreOpen || pinned.length > 0);
  const page = dayPageModel({
    plan,
    profile,
    today,
    progress,
    activity,
    selectedDay,
    tips: tips ?? NO_TIPS,
    tipOffset,
    savedTicks: earlyTicks ? earlyTicks.over(savedTicks) : savedTicks,
    cachedBehind,
  });
  const { card } = page;
  const study = useDayStudy(plan, page.shownDay, profile.language);
  useEffect(() => {
    if (landing > 0) landOnDayHeading();
  }, [landing]);
  const setItemState = (itemId: string, next: ItemState) => {
    if (actions) actions.setItemState(itemId, next);
    else if (earlyTicks && card?.isToday) {
      earlyTicks.set(itemId, next);
      setEarlyClicks((count) => count + 1);
    }
  };
  const rest = CARD_IDS.filter((id) => !pinned.includes(id));
  const extras = {
    page,
    plan,
    profile,
    study,
    note,
    links,
    onAnotherTip: () => setTipOffset((offset) => offset + 1),
    onOpenDay: (day: number) => onSelectDay(day === page.todayDay ? null : day),
  };

  return (
    <div class="day-page">
      {card ? (
        <ShownDayCard
          card={card}
          page={page}
          plan={plan}
          profile={profile}
          progress={progress}
          study={study}
          actions={actions}
          queued={earlyTicks !== null && card.isToday}
          onSetState={setItemState}
          onSelectDay={onSelectDay}
        />
      ) : (
        <PlanHeadline
          plan={plan}
          state={page.state}
          status={page.status}
          today={today}
          language={profile.language}
          resolved={page.overall}
          bestStreak={page.bestStreak}
          actions={
            actions && {
              startNextPlan: actions.startNextPlan,
              studyAnyway: actions.studyAnyway,
              resume: actions.resume,
              openDay: onSelectDay,
            }
          }
        />
      )}
      {DayExtras && <DayExtras ids={pinned} {...extras} />}
      <MoreSection
        open={moreOpen}
        onToggle={onToggleMore}
        contents={rest.map((id) => CARD_LABELS[id])}
      >
        {DayExtras ? (
          <DayExtras ids={rest} {...extras} />
        ) : (
          <p class="muted small" role="status">
            Loading…
          </p>
        )}
      </MoreSection>
      <p class="visually-hidden" aria-live="polite">
        {formatLongDate(today)}
      </p>
    </div>
  );
}
