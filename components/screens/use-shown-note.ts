import { planCalendar } from '../../utils/calendar';
import { formatShortDate, type LocalDate } from '../../utils/date';
import { saveNote } from '../../utils/db/actions';
import { useDatabase } from '../../utils/db/context';
import { useDatedNote } from '../../utils/db/hooks';
import type { ProfileRecord } from '../../utils/model/records';
import { useAppEnvironment } from '../app-context';
import type { ShownNote } from './DayExtras';

/** The date whose note goes with the shown day: today, or the date an opened day falls on. */
export function noteDateFor(
  profile: ProfileRecord,
  today: LocalDate,
  selectedDay: number | null,
): LocalDate | null {
  if (selectedDay === null) return today;
  return planCalendar(profile).dateOfPlanDay(selectedDay);
}

/** The shown day's own note, live; null while loading and for a day still to come. */
export function useShownNote(
  profile: ProfileRecord,
  today: LocalDate,
  selectedDay: number | null,
): { readonly note: ShownNote | null; readonly failed: ReturnType<typeof useDatedNote> | null } {
  const db = useDatabase();
  const { clock } = useAppEnvironment();
  const date = noteDateFor(profile, today, selectedDay);
  const writable = date !== null && date <= today;
  const loaded = useDatedNote(date ?? today);
  if (loaded.status === 'error') return { note: null, failed: loaded };
  // Right after midnight, or a day opened, the query may still hold the other day's answer.
  const fresh = loaded.status === 'ready' && loaded.value.date === date;
  if (!writable || !fresh) return { note: null, failed: null };
  const day = selectedDay;
  return {
    failed: null,
    note: {
      key: date,
      label:
        date === today ? 'Note for today' : `Note for day ${day ?? ''} (${formatShortDate(date)})`,
      text: loaded.value.note?.text ?? '',
      save: async (text) => {
        const result = await saveNote(db, date, text, clock);
        if (!result.ok) throw new Error(`${result.error.title} ${result.error.advice}`);
      },
    },
  };
}
