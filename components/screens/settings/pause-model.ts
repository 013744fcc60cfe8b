/** The pauses the settings list, and the check of a new one, as plain functions of today. */
import { formatComingDay, type LocalDate, toDayNumber } from '../../../utils/date';
import { isValidLocalDate } from '../../../utils/model/local-date';
import type { PauseRecord } from '../../../utils/model/records';

export interface PauseRow {
  readonly key: string;
  readonly pause: PauseRecord;
  /** "From Monday, 1 December to Sunday, 7 December", "From today until you resume". */
  readonly text: string;
  /** Now: it can be ended today; upcoming: it can be taken off the list. */
  readonly when: 'now' | 'upcoming';
}

const last = (pause: PauseRecord) =>
  pause.until === null ? Number.POSITIVE_INFINITY : toDayNumber(pause.until);

function dayLabel(date: LocalDate, today: LocalDate): string {
  return date === today ? 'today' : formatComingDay(date, today, true);
}

export function describePause(pause: PauseRecord, today: LocalDate, lead = 'From'): string {
  const from = `${lead} ${dayLabel(pause.from, today)}`;
  return pause.until === null
    ? `${from} until you resume`
    : `${from} to ${dayLabel(pause.until, today)}`;
}

/** The pauses today is in or that are still to come, earliest first; ended ones are history. */
export function pauseRows(pauses: readonly PauseRecord[], today: LocalDate): PauseRow[] {
  const day = toDayNumber(today);
  return pauses
    .filter((pause) => last(pause) >= day)
    .sort((a, b) => toDayNumber(a.from) - toDayNumber(b.from))
    .map((pause) => ({
      key: `${pause.from}|${pause.until ?? ''}`,
      pause,
      text: describePause(pause, today),
      when: toDayNumber(pause.from) <= day ? 'now' : 'upcoming',
    }));
}

export type PauseCheck =
  | { readonly ok: true; readonly pause: PauseRecord }
  | { readonly ok: false; readonly field: 'from' | 'until'; readonly message: string };

/**
 * A pause typed into the form: `untilText` null means until resumed. It may begin today at
 * the earliest (a lived day keeps its plan day), ends on or after it begins, and overlaps no
 * pause already planned.
 */
export function checkPause(
  fromText: string,
  untilText: string | null,
  today: LocalDate,
  pauses: readonly PauseRecord[],
): PauseCheck {
  if (!isValidLocalDate(fromText))
    return { ok: false, field: 'from', message: 'Choose the first day you are away.' };
  if (toDayNumber(fromText) < toDayNumber(today))
    return {
      ok: false,
      field: 'from',
      message: 'Choose today or a later day: days already lived keep their plan days.',
    };
  if (untilText !== null && !isValidLocalDate(untilText))
    return { ok: false, field: 'until', message: 'Choose the last day you are away.' };
  const pause: PauseRecord = { from: fromText, until: untilText };
  if (untilText !== null && untilText < fromText)
    return {
      ok: false,
      field: 'until',
      message: 'The last day away must be on or after the first day away.',
    };
  const clash = pauses.find(
    (other) => toDayNumber(other.from) <= last(pause) && toDayNumber(pause.from) <= last(other),
  );
  if (clash)
    return {
      ok: false,
      field: 'from',
      message: `This overlaps your pause ${describePause(clash, today, 'from')}: remove or end that one first.`,
    };
  return { ok: true, pause };
}
