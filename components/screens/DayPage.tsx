import { useState } from 'preact/hooks';
import { CAREER } from '../../utils/curriculum/career';
import { wordingFor } from '../../utils/curriculum/lookup';
import { TIPS } from '../../utils/curriculum/tips';
import type { Plan } from '../../utils/curriculum/types';
import { formatLongDate, formatShortDate, type LocalDate } from '../../utils/date';
import type { SavedTicks } from '../../utils/db/early-read';
import { type ItemState, NOTE_MAX_LENGTH, type ProfileRecord } from '../../utils/db/records';
import { phaseProgress, planProgress, planState, scheduleStatus } from '../../utils/schedule';
import { computeStreak, heatmapWeeks } from '../../utils/streak';
import { tipOfTheDay } from '../../utils/tips';
import { BehindBanner } from '../BehindBanner';
import { CareerCard } from '../CareerCard';
import { DayCard } from '../DayCard';
import { NoteCard } from '../NoteCard';
import { PlanTimeline } from '../PlanTimeline';
import { ProgressCard } from '../ProgressCard';
import { TipCard } from '../TipCard';
import { PlanHeadline } from './PlanHeadline';
import type { BehindStatus } from './today-cache';
import { withSavedTicks } from './today-card';
import { dayCardModel, type ProgressMap, resolvedItems, timelinePhases } from './view-model';

export interface DayPageActions {
  readonly setItemState: (itemId: string, state: ItemState) => void;
  readonly completeDay: (itemIds: readonly string[]) => void;
  readonly catchUp: () => void;
  readonly startNextPlan: () => void;
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
}

const EMPTY: ProgressMap = new Map();
const HEATMAP_WEEKS = 15;

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
}: DayPageProps) {
  const [tipOffset, setTipOffset] = useState(0);
  const state = planState(plan, profile.startDate, today);
  const known = progress ?? EMPTY;
  const resolved = resolvedItems(known);
  const todayDay = state.kind === 'active' ? state.day : null;
  const shownDay = selectedDay ?? todayDay;
  const model =
    shownDay === null
      ? null
      : dayCardModel(plan, shownDay, profile.startDate, today, known, profile.language);
  const card = model && !progress && savedTicks ? withSavedTicks(model, savedTicks) : model;
  const status = progress ? scheduleStatus(plan, profile.startDate, today, resolved) : null;
  const behind = status ? (status.kind === 'behind' ? status : null) : cachedBehind;
  const overall = planProgress(plan, resolved);
  const tipPhase =
    state.kind === 'active' || state.kind === 'not-started' ? state.phase : plan.phases.at(-1);
  const tip = tipPhase
    ? tipOfTheDay({
        phase: tipPhase,
        planStart: profile.startDate,
        date: today,
        tips: TIPS,
        offset: tipOffset,
      })
    : null;
  const streak = computeStreak({
    activeDates: new Set(activity?.keys() ?? []),
    today,
    restDays: profile.restDays,
  });
  const phaseNow = state.kind === 'active' ? phaseProgress(state.phase, resolved) : null;
  const pending = actions === null;

  return (
    <div class="day-page">
      <div class="main-column">
        {behind && (
          <BehindBanner
            days={behind.days}
            firstUnfinishedDay={behind.firstUnfinishedDay}
            onCatchUp={() => actions?.catchUp()}
          />
        )}
        {card ? (
          <DayCard
            model={card}
            pending={pending}
            onSetState={(id, next) => actions?.setItemState(id, next)}
            onCompleteDay={() => actions?.completeDay(card.items.map((item) => item.id))}
            onBackToToday={() => onSelectDay(null)}
          />
        ) : (
          <PlanHeadline
            plan={plan}
            state={state}
            language={profile.language}
            resolved={overall}
            bestStreak={streak.best}
            onStartNext={actions?.startNextPlan}
          />
        )}
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
        <ProgressCard
          model={{
            overall: { resolved: overall.resolvedItems, total: overall.totalItems },
            phase:
              state.kind === 'active' && phaseNow
                ? {
                    resolved: phaseNow.resolvedItems,
                    total: phaseNow.totalItems,
                    focus: state.phase.focus,
                  }
                : null,
            streak,
            freezes: {
              banked: streak.freezesBanked,
              coveredLabels: streak.freezesUsed.map(formatShortDate),
            },
            heatmap: heatmapWeeks(activity ?? new Map(), today, HEATMAP_WEEKS),
          }}
        />
        <CareerCard facts={CAREER} />
      </div>
      <div class="full-row">
        <PlanTimeline
          title={`${plan.title}: the whole plan`}
          phases={timelinePhases(plan, resolved)}
          todayDay={todayDay}
          selectedDay={shownDay}
          onOpenDay={(day) => onSelectDay(day === todayDay ? null : day)}
        />
      </div>
      <p class="visually-hidden" aria-live="polite">
        {formatLongDate(today)}
      </p>
    </div>
  );
}
