import { useState } from 'preact/hooks';
import { CAREER } from '../../utils/curriculum/career';
import { wordingFor } from '../../utils/curriculum/lookup';
import { TIPS } from '../../utils/curriculum/tips';
import type { Plan } from '../../utils/curriculum/types';
import { formatLongDate, type LocalDate } from '../../utils/date';
import type { SavedTicks } from '../../utils/db/early-read';
import { type ItemState, NOTE_MAX_LENGTH, type ProfileRecord } from '../../utils/model/records';
import { CareerCard } from '../CareerCard';
import { DayCard } from '../DayCard';
import { NoteCard } from '../NoteCard';
import { PlanTimeline } from '../PlanTimeline';
import { ProgressCard } from '../ProgressCard';
import { BehindPill } from '../StatePill';
import { DayStudySummary } from '../study/DayStudySummary';
import { ItemStudy } from '../study/ItemStudy';
import { SelfCheck } from '../study/SelfCheck';
import { TipCard } from '../TipCard';
import { dayPageModel } from './day-page-model';
import { PlanHeadline } from './PlanHeadline';
import type { EarlyTicks } from './startup/early-ticks';
import type { BehindStatus } from './startup/today-cache';
import { useDayStudy } from './use-day-study';
import type { ProgressMap } from './view-model';

export interface DayPageActions {
  readonly setItemState: (itemId: string, state: ItemState) => void;
  readonly completeDay: (itemIds: readonly string[]) => void;
  /** Moves the plan so today is the first unfinished day ("Continue from day X"). */
  readonly catchUp: () => void;
  readonly startNextPlan: () => void;
  /** Makes today, a rest day or paused, a study day. */
  readonly studyAnyway: () => void;
  /** Ends the pause today is in. */
  readonly resume: () => void;
  readonly saveNote: (text: string) => Promise<void>;
}

interface DayPageProps {
  /** The profile's active plan (loaded on its own, so the page never pulls every plan). */
  readonly plan: Plan;
  readonly profile: ProfileRecord;
  readonly today: LocalDate;
  /** null while the saved ticks are still loading: the page is shown, not yet editable. */
  readonly progress: ProgressMap | null;
  readonly activity: ReadonlyMap<LocalDate, number> | null;
  readonly note: string | null;
  readonly actions: DayPageActions | null;
  readonly selectedDay: number | null;
  readonly onSelectDay: (day: number | null) => void;
  /** Today's ticks read early by the start-up path, shown while `progress` is still null. */
  readonly savedTicks?: SavedTicks | null;
  /** The last schedule status seen, shown while `progress` is null so the banner never moves the card. */
  readonly cachedBehind?: BehindStatus | null;
  /** Until the store is ready, today's ticks go here (the start-up shell's queue). */
  readonly earlyTicks?: EarlyTicks | null;
}

export function DayPage({
  plan,
  profile,
  today,
  progress,
  activity,
  note,
  actions,
  selectedDay,
  onSelectDay,
  savedTicks = null,
  cachedBehind = null,
  earlyTicks = null,
}: DayPageProps) {
  const [tipOffset, setTipOffset] = useState(0);
  const [, setEarlyClicks] = useState(0);
  const page = dayPageModel({
    plan,
    profile,
    today,
    progress,
    activity,
    selectedDay,
    tips: TIPS,
    tipOffset,
    savedTicks: earlyTicks ? earlyTicks.over(savedTicks) : savedTicks,
    cachedBehind,
  });
  const { card, behind, tip, todayDay } = page;
  const study = useDayStudy(plan, page.shownDay, profile.language);
  const pending = actions === null;
  const setItemState = (itemId: string, next: ItemState) => {
    if (actions) actions.setItemState(itemId, next);
    else if (earlyTicks && card?.isToday) {
      earlyTicks.set(itemId, next);
      setEarlyClicks((count) => count + 1);
    }
  };

  return (
    <div class="day-page">
      <div class="main-column">
        {card ? (
          <DayCard
            model={card}
            pending={pending}
            queued={earlyTicks !== null && card.isToday}
            onSetState={setItemState}
            onCompleteDay={() => actions?.completeDay(card.items.map((item) => item.id))}
            onBackToToday={() => onSelectDay(null)}
            badge={
              behind &&
              card.isToday && (
                <BehindPill
                  days={behind.days}
                  firstUnfinishedDay={behind.firstUnfinishedDay}
                  onCatchUp={() => onSelectDay(behind.firstUnfinishedDay)}
                  onContinueFrom={() => actions?.catchUp()}
                />
              )
            }
            summary={study && <DayStudySummary goal={study.goal} minutes={study.minutes} />}
            itemExtra={(itemId) => {
              const notes = study?.items.get(itemId);
              return notes && <ItemStudy study={notes} />;
            }}
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
        {card && study && <SelfCheck checks={study.checks} />}
        {tip && (
          <TipCard
            text={wordingFor(tip, profile.language)}
            origin={tip.origin}
            onAnother={() => setTipOffset((offset) => offset + 1)}
          />
        )}
        {note !== null && actions && (
          <NoteCard
            key={today}
            savedText={note}
            maxLength={NOTE_MAX_LENGTH}
            onSave={actions.saveNote}
          />
        )}
      </div>
      <div class="side-column">
        <ProgressCard model={page.progressCard} />
        <CareerCard facts={CAREER} />
      </div>
      <div class="full-row">
        <PlanTimeline
          title={`${plan.title}: the whole plan`}
          phases={page.timeline}
          todayDay={todayDay}
          selectedDay={page.shownDay}
          onOpenDay={(day) => onSelectDay(day === todayDay ? null : day)}
        />
      </div>
      <p class="visually-hidden" aria-live="polite">
        {formatLongDate(today)}
      </p>
    </div>
  );
}
