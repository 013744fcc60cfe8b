import { useEffect, useState } from 'preact/hooks';
import type { Plan } from '../../utils/curriculum/types';
import type { ItemState, ProfileRecord } from '../../utils/model/records';
import { CatchUpList } from '../CatchUpList';
import { DayCard, type DayCardModel } from '../DayCard';
import { DayCompleteNotice, type DayCompletion } from '../DayCompleteNotice';
import { BehindPill } from '../StatePill';
import { statsLine } from '../streak-text';
import { DayStudySummary } from '../study/DayStudySummary';
import { ItemStudy } from '../study/ItemStudy';
import { catchUpDays } from './catch-up-model';
import type { DayPageActions } from './DayPage';
import type { DayPageModel } from './day-page-model';
import type { DayStudyModel } from './study-model';
import type { ProgressMap } from './view-model';

interface ShownDayCardProps {
  readonly card: DayCardModel;
  readonly page: DayPageModel;
  readonly plan: Plan;
  readonly profile: ProfileRecord;
  readonly progress: ProgressMap | null;
  readonly study: DayStudyModel | null;
  readonly actions: DayPageActions | null;
  readonly queued: boolean;
  readonly onSetState: (itemId: string, state: ItemState) => void;
  readonly onSelectDay: (day: number | null) => void;
}

/**
 * The shown day's card with what belongs to it: the behind pill and its catch-up list, the
 * study notes, and the day-complete acknowledgement with its Undo.
 */
export function ShownDayCard({
  card,
  page,
  plan,
  profile,
  progress,
  study,
  actions,
  queued,
  onSetState,
  onSelectDay,
}: ShownDayCardProps) {
  const [catchingUp, setCatchingUp] = useState(false);
  const [done, setDone] = useState<{ completion: DayCompletion; undo: () => void } | null>(null);
  // The acknowledgement belongs to the day it was given for.
  useEffect(() => setDone(null), [card.day, card.isToday]);
  const { behind } = page;
  const nextItemId = card.items.find((item) => item.state === 'open')?.id ?? null;
  const today = card.isToday ? page.todayDay : null;
  return (
    <DayCard
      model={card}
      pending={actions === null}
      queued={queued}
      onSetState={onSetState}
      onCompleteDay={() =>
        void actions
          ?.completeDay(
            card.day,
            card.items.map((item) => item.id),
          )
          .then(setDone)
      }
      onBackToToday={() => onSelectDay(null)}
      badge={
        behind &&
        card.isToday && (
          <BehindPill
            days={behind.days}
            firstUnfinishedDay={behind.firstUnfinishedDay}
            onCatchUp={() => setCatchingUp(true)}
            onContinueFrom={() => actions?.catchUp()}
          />
        )
      }
      summary={study && <DayStudySummary goal={study.goal} minutes={study.minutes} />}
      itemExtra={(itemId) => {
        const notes = study?.items.get(itemId);
        return notes && <ItemStudy study={notes} expanded={itemId === nextItemId} />;
      }}
      stats={statsLine(page.stats.planPercent, page.stats.streakDays)}
      after={
        <>
          {catchingUp && progress && today !== null && (
            <CatchUpList
              days={catchUpDays(
                plan,
                behind?.firstUnfinishedDay ?? today,
                today,
                progress,
                profile.language,
              )}
              onSetState={onSetState}
              onClose={() => setCatchingUp(false)}
            />
          )}
          {done && (
            <DayCompleteNotice
              completion={done.completion}
              onUndo={() => {
                done.undo();
                setDone(null);
              }}
              onDismiss={() => setDone(null)}
            />
          )}
        </>
      }
    />
  );
}
