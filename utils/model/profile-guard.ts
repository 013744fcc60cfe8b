/**
 * A hand-written check of a stored profile, for the start-up path, which must not load
 * valibot. It accepts exactly what `profileSchema` accepts (a property test holds the two
 * together).
 */

import { isCardSettings } from './cards';
import { isLanguage, isPlanId, isTheme, isWeekday } from './ids';
import { isValidLocalDate } from './local-date';
import type { PauseRecord, ProfileRecord, RestDayRule } from './records';
import { isRecord } from './shape';

const REMINDER_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
// Mirrors MAX_SCHEDULE_ENTRIES in schemas.ts, which this file must not import.
const MAX_ENTRIES = 1000;

function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

const isRestDays = (value: unknown): value is RestDayRule['restDays'] =>
  Array.isArray(value) && value.length <= 7 && value.every(isWeekday);

const isRule = (value: unknown): value is RestDayRule =>
  isRecord(value) && isValidLocalDate(value.from) && isRestDays(value.restDays);

const isPause = (value: unknown): value is PauseRecord =>
  isRecord(value) &&
  isValidLocalDate(value.from) &&
  (value.until === null || (isValidLocalDate(value.until) && value.from <= value.until));

/**
 * The entries with only their known fields (as the schema keeps them) when `value` is absent
 * or a short enough list of valid entries; null marks it invalid.
 */
function listOf<T>(
  value: unknown,
  valid: (entry: unknown) => entry is T,
  known: (entry: T) => T,
): readonly T[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_ENTRIES || !value.every(valid)) return null;
  return value.map(known);
}

const ruleFields = ({ from, restDays }: RestDayRule): RestDayRule => ({ from, restDays });
const pauseFields = ({ from, until }: PauseRecord): PauseRecord => ({ from, until });

/** The profile with only its known fields, or null when `value` is not a valid profile. */
export function profileOf(value: unknown): ProfileRecord | null {
  if (!isRecord(value)) return null;
  const { id, planId, startDate, restDays, theme, language } = value;
  const { reminderTime, syncEnabled, onboardedAt, updatedAt } = value;
  const { scheduleRules, pauses, studyAnywayDates, cards } = value;
  if (id !== 'profile' || !isPlanId(planId) || !isValidLocalDate(startDate)) return null;
  if (!isRestDays(restDays)) return null;
  if (!isTheme(theme) || !isLanguage(language) || typeof syncEnabled !== 'boolean') return null;
  const reminderOk =
    reminderTime === null || (typeof reminderTime === 'string' && REMINDER_TIME.test(reminderTime));
  if (!reminderOk || !(onboardedAt === null || isInstant(onboardedAt))) return null;
  if (!isInstant(updatedAt)) return null;
  const rules = listOf(scheduleRules, isRule, ruleFields);
  const pauseList = listOf(pauses, isPause, pauseFields);
  const anyway = listOf(studyAnywayDates, isValidLocalDate, (date) => date);
  if (!rules || !pauseList || !anyway) return null;
  if (cards !== undefined && !isCardSettings(cards)) return null;
  return {
    id,
    planId,
    startDate,
    restDays,
    theme,
    language,
    reminderTime,
    syncEnabled,
    onboardedAt,
    updatedAt,
    ...(scheduleRules === undefined ? {} : { scheduleRules: rules }),
    ...(pauses === undefined ? {} : { pauses: pauseList }),
    ...(studyAnywayDates === undefined ? {} : { studyAnywayDates: anyway }),
    ...(cards === undefined ? {} : { cards }),
  };
}
