import type { JSX } from 'preact';
import { CAREER } from '../../utils/curriculum/career';
import { wordingFor } from '../../utils/curriculum/lookup';
import type { Plan } from '../../utils/curriculum/types';
import type { CardId } from '../../utils/model/cards';
import { NOTE_MAX_LENGTH, type ProfileRecord } from '../../utils/model/records';
import { CareerCard } from '../CareerCard';
import { NoteCard } from '../NoteCard';
import { PlanTimeline } from '../PlanTimeline';
import { ProgressCard } from '../ProgressCard';
import { SelfCheck } from '../study/SelfCheck';
import { TipCard } from '../TipCard';
import type { DayPageModel } from './day-page-model';
import type { DayStudyModel } from './study-model';

export interface ShownNote {
  readonly label: string;
  readonly key: string;
  readonly text: string;
  readonly save: (text: string) => Promise<void>;
}

interface DayExtrasProps {
  readonly ids: readonly CardId[];
  readonly page: DayPageModel;
  readonly plan: Plan;
  readonly profile: ProfileRecord;
  readonly study: DayStudyModel | null;
  /** null while loading, or on a day whose note cannot be written yet (a future day). */
  readonly note: ShownNote | null;
  readonly onAnotherTip: () => void;
  readonly onOpenDay: (day: number) => void;
  readonly links: { readonly notes: string; readonly career: string };
}

/** The day view's extra cards, in the order given: pinned ones, or those under "More". */
export function DayExtras({ ids, page, plan, profile, study, note, ...on }: DayExtrasProps) {
  const cards: Record<CardId, () => JSX.Element | null> = {
    tip: () =>
      page.tip && (
        <TipCard
          text={wordingFor(page.tip, profile.language)}
          origin={page.tip.origin}
          onAnother={on.onAnotherTip}
        />
      ),
    selfCheck: () => (page.card && study ? <SelfCheck checks={study.checks} /> : null),
    progress: () => <ProgressCard model={page.progressCard} />,
    note: () =>
      note && (
        <div class="note-block">
          <NoteCard
            key={note.key}
            label={note.label}
            savedText={note.text}
            maxLength={NOTE_MAX_LENGTH}
            onSave={note.save}
          />
          <a class="small" href={on.links.notes}>
            All your notes
          </a>
        </div>
      ),
    timeline: () => (
      <PlanTimeline
        title={`${plan.title}: the whole plan`}
        phases={page.timeline}
        todayDay={page.todayDay}
        selectedDay={page.shownDay}
        onOpenDay={on.onOpenDay}
      />
    ),
    career: () => (
      <div class="career-block">
        <CareerCard facts={CAREER} />
        <a class="small" href={on.links.career}>
          Career facts on their own page
        </a>
      </div>
    ),
  };
  return (
    <>
      {ids.map((id) => {
        const card = cards[id]();
        return (
          card && (
            <div key={id} class={`extra extra-${id}`} data-card={id}>
              {card}
            </div>
          )
        );
      })}
    </>
  );
}
