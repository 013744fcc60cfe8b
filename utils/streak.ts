/**
 * Streaks and the activity heatmap, from the local dates on which at least one
 * item was completed.
 */

import {
  formatShortDate,
  formatShortMonth,
  fromDayNumber,
  isValidLocalDate,
  type LocalDate,
  toDayNumber,
  weekdayOfDayNumber,
} from './date';

export interface StreakInput {
  /** Local dates with ≥ 1 completed item. Malformed dates and dates after today are ignored. */
  readonly activeDates: ReadonlySet<LocalDate>;
  readonly today: LocalDate;
  /** The plan calendar's answer: rest days and pauses are not study days. */
  readonly isStudyDay: (date: LocalDate) => boolean;
}

export interface Streak {
  /** Active days in the run that reaches today (or yesterday, while today is still open). */
  readonly current: number;
  /** Longest run ever, including the current one. */
  readonly best: number;
  readonly todayDone: boolean;
  /** Latest active date up to today. */
  readonly lastActive: LocalDate | null;
  /** Freezes saved up in the current run, 0 to MAX_BANKED_FREEZES. */
  readonly freezesBanked: number;
  /** Missed days of the current run that a freeze covered, oldest first. */
  readonly freezesUsed: readonly LocalDate[];
}

/** A freeze is earned each time the run reaches a multiple of this many active days. */
export const DAYS_PER_FREEZE = 7;
export const MAX_BANKED_FREEZES = 2;

/** What a day means for a run of activity. */
type DayKind = 'active' | 'rest' | 'open-today' | 'missed';

/**
 * Walks forward day by day from the first active date to today.
 *
 * - Days off (rest days and pauses, as the plan calendar says) without activity are
 *   bridged: the run goes on but does not grow.
 * - Today cannot break the run before it is over.
 * - Every DAYS_PER_FREEZE active days of a run earn a freeze (at most
 *   MAX_BANKED_FREEZES are kept; one earned with a full bank is lost).
 * - A missed day (not a rest day, no activity, before today) spends a banked
 *   freeze and the run goes on without growing. With none left the run ends,
 *   and its bank ends with it: freezes belong to the run that earned them.
 */
export function computeStreak({ activeDates, today, isStudyDay }: StreakInput): Streak {
  const todayNumber = toDayNumber(today);
  const activeNumbers = new Set<number>();
  for (const date of activeDates) {
    if (!isValidLocalDate(date)) continue;
    const dayNumber = toDayNumber(date);
    if (dayNumber <= todayNumber) activeNumbers.add(dayNumber);
  }
  const todayDone = activeNumbers.has(todayNumber);
  if (activeNumbers.size === 0) {
    return { current: 0, best: 0, todayDone, lastActive: null, freezesBanked: 0, freezesUsed: [] };
  }

  const kindOf = (dayNumber: number): DayKind => {
    if (activeNumbers.has(dayNumber)) return 'active';
    if (!isStudyDay(fromDayNumber(dayNumber))) return 'rest';
    return dayNumber === todayNumber ? 'open-today' : 'missed';
  };

  let run = 0;
  let best = 0;
  let banked = 0;
  let covered: number[] = [];
  let lastActiveNumber = Number.NEGATIVE_INFINITY;
  for (let dayNumber = Math.min(...activeNumbers); dayNumber <= todayNumber; dayNumber++) {
    switch (kindOf(dayNumber)) {
      case 'active':
        run++;
        best = Math.max(best, run);
        lastActiveNumber = dayNumber;
        if (run % DAYS_PER_FREEZE === 0) banked = Math.min(MAX_BANKED_FREEZES, banked + 1);
        break;
      case 'missed':
        if (banked > 0) {
          banked--;
          covered.push(dayNumber);
        } else {
          run = 0;
          covered = [];
        }
        break;
      case 'rest':
      case 'open-today':
        break;
    }
  }
  return {
    current: run,
    best,
    todayDone,
    lastActive: fromDayNumber(lastActiveNumber),
    freezesBanked: banked,
    freezesUsed: covered.map(fromDayNumber),
  };
}

export interface HeatmapCell {
  readonly date: LocalDate;
  readonly count: number;
  /** After today: shown blank, never counted. */
  readonly future: boolean;
  /** A rest day or a pause, as the plan calendar says. */
  readonly dayOff: boolean;
}

/** Seven cells, Monday first. */
export type HeatmapWeek = readonly HeatmapCell[];

/**
 * The last `weeks` calendar weeks, oldest first, each a Monday-first column of
 * seven days. The last column holds today; its days after today are `future`.
 */
export function heatmapWeeks(
  activeCounts: ReadonlyMap<LocalDate, number>,
  today: LocalDate,
  weeks: number,
  isStudyDay: (date: LocalDate) => boolean = () => true,
): readonly HeatmapWeek[] {
  const todayNumber = toDayNumber(today);
  const weekCount = Math.max(0, Math.floor(weeks));
  const daysSinceMonday = (weekdayOfDayNumber(todayNumber) + 6) % 7;
  const firstMonday = todayNumber - daysSinceMonday - 7 * (weekCount - 1);
  const grid: HeatmapWeek[] = [];
  for (let week = 0; week < weekCount; week++) {
    const column: HeatmapCell[] = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      const dayNumber = firstMonday + week * 7 + weekday;
      const date = fromDayNumber(dayNumber);
      const future = dayNumber > todayNumber;
      const count = future ? 0 : (activeCounts.get(date) ?? 0);
      column.push({ date, count, future, dayOff: !isStudyDay(date) });
    }
    grid.push(column);
  }
  return grid;
}

/** The short view: about three and a half months. */
export const RECENT_HEATMAP_WEEKS = 15;
/** The year view: 53 columns end with today's week and reach back at least 365 days. */
export const YEAR_HEATMAP_WEEKS = 53;

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

/**
 * A day's shade. A plan day has three or four items, so each of the first three
 * items shows (a single tick never looks like nothing) and 4 is a full day or more.
 */
export function heatLevel(count: number): HeatLevel {
  if (!(count > 0)) return 0;
  if (count < 2) return 1;
  if (count < 3) return 2;
  return count < 4 ? 3 : 4;
}

/** A day in words, for tooltips and screen readers, e.g. "Tue 3 Dec: 2 items". */
export function describeHeatmapDay(cell: HeatmapCell): string {
  const date = formatShortDate(cell.date);
  const items = cell.count === 1 ? '1 item' : `${cell.count} items`;
  if (cell.dayOff) return `${date}: rest day${cell.count > 0 ? `, ${items}` : ''}`;
  return `${date}: ${cell.count === 0 ? 'No items' : items}`;
}

export interface HeatmapMonthLabel {
  /** Index of the week column the label stands over. */
  readonly column: number;
  /** e.g. "Dec". */
  readonly label: string;
}

/** Columns a label needs so that it does not run into the next one. */
const LABEL_COLUMNS = 3;

/**
 * Month names over the columns where a month begins (the week holding its 1st;
 * not yet when the 1st is after today). The first column names its month too
 * when the next label leaves it room.
 */
export function heatmapMonthLabels(weeks: readonly HeatmapWeek[]): readonly HeatmapMonthLabel[] {
  const labels: HeatmapMonthLabel[] = [];
  weeks.forEach((week, column) => {
    const first = week.find((cell) => !cell.future && cell.date.endsWith('-01'));
    if (first) labels.push({ column, label: formatShortMonth(first.date) });
  });
  const opening = weeks[0]?.[0];
  if (opening && (labels[0]?.column ?? weeks.length) >= LABEL_COLUMNS) {
    labels.unshift({ column: 0, label: formatShortMonth(opening.date) });
  }
  return labels;
}
