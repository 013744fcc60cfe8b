/**
 * A hand-written check of a stored profile, for the start-up path, which must not load
 * valibot. It accepts exactly what `profileSchema` accepts (a property test holds the two
 * together).
 */
import { isLanguage, isPlanId, isTheme, isWeekday } from './ids';
import { isValidLocalDate } from './local-date';
import type { ProfileRecord } from './records';

const REMINDER_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
function isInstant(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The profile with only its known fields, or null when `value` is not a valid profile. */
export function profileOf(value: unknown): ProfileRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { id, planId, startDate, restDays, theme, language } = value as Record<string, unknown>;
  const { reminderTime, syncEnabled, onboardedAt, updatedAt } = value as Record<string, unknown>;
  if (id !== 'profile' || !isPlanId(planId) || !isValidLocalDate(startDate)) return null;
  if (!Array.isArray(restDays) || restDays.length > 7 || !restDays.every(isWeekday)) return null;
  if (!isTheme(theme) || !isLanguage(language) || typeof syncEnabled !== 'boolean') return null;
  const reminderOk =
    reminderTime === null || (typeof reminderTime === 'string' && REMINDER_TIME.test(reminderTime));
  if (!reminderOk || !(onboardedAt === null || isInstant(onboardedAt))) return null;
  if (!isInstant(updatedAt)) return null;
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
  };
}
