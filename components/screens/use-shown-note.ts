import { planCalendar } from '../../utils/calendar';
import { formatShortDate, type LocalDate } from '../../utils/date';
import { saveNote } from '../../utils/db/actions';
import { useDatabase } from '../../utils/db/context';
import { useNote } from '../../utils/db/hooks';
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
): { readonly note: ShownNote | null; readonly failed: ReturnType<typeof useNote> | null } {
  const db = useDatabase();
  const { clock } = useAppEnvironment();
  const date = noteDateFor(profile, today, selectedDay);
  const writable = date !== null && date <= today;
  const loaded = useNote(date ?? today);
  if (loaded.status === 'error') return { note: null, failed: loaded };
  // Right after midnight the query may still hold yesterday's note: never offer it as today's.
  const fresh =
    loaded.status === 'ready' && (loaded.value === undefined || loaded.value.date === date);
  if (!writable || !fresh) return { note: null, failed: null };
  const day = selectedDay;
  return {
    failed: null,
    note: {
      key: date,
      label:
        date === today ? 'Note for today' : `Note for day ${day ?? ''} (${formatShortDate(date)})`,
      text: loaded.value?.text ?? '',
      save: async (text) => {
        const result = await saveNote(db, date, text, clock);
        if (!result.ok) throw new Error(`${result.error.title} ${result.error.advice}`);
      },
    },
  };
}
