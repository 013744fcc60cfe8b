import { useEffect } from 'preact/hooks';
import { planCalendar } from '../../utils/calendar';
import { formatLongDate } from '../../utils/date';
import { useAllNotes } from '../../utils/db/hooks';
import type { ProfileRecord } from '../../utils/model/records';
import { type NoteEntry, NotesList } from '../NotesList';
import { StoreErrorPanel } from '../StoreErrorPanel';
import { landOnDayHeading } from './land-on-day';

/** Every day's note, newest first, each named by its date and plan day. */
export function NotesScreen({
  profile,
  planLength,
  onBack,
}: {
  readonly profile: ProfileRecord;
  readonly planLength: number;
  readonly onBack: () => void;
}) {
  const notes = useAllNotes();
  const ready = notes.status === 'ready';
  useEffect(() => {
    if (ready) landOnDayHeading();
  }, [ready]);
  if (notes.status === 'error')
    return <StoreErrorPanel title={notes.error.title} advice={notes.error.advice} />;
  if (notes.status === 'loading') return null;
  const calendar = planCalendar(profile);
  const entries: NoteEntry[] = notes.value.map((note) => {
    const day = calendar.studyDaysBefore(note.date) + 1;
    const inPlan = calendar.isStudyDay(note.date) && note.date >= profile.startDate;
    return {
      date: note.date,
      text: note.text,
      label:
        inPlan && day <= planLength
          ? `${formatLongDate(note.date)} · Day ${day}`
          : formatLongDate(note.date),
    };
  });
  return <NotesList notes={entries} onBack={onBack} />;
}
