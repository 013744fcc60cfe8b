/**
 * A calendar date in the user's own zone, as ISO `YYYY-MM-DD`. Branded, so a plain string
 * (an id, a time, an unchecked input) never type-checks where a date is meant.
 */
declare const localDateBrand: unique symbol;
export type LocalDate = string & { readonly [localDateBrand]: true };

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/** The date, or null when `text` is not a real `YYYY-MM-DD` calendar date. */
export function parseLocalDate(text: string): LocalDate | null {
  return isValidLocalDate(text) ? text : null;
}

/** For dates known to be valid (constants, fixtures); throws on anything else. */
export function localDate(text: string): LocalDate {
  if (!isValidLocalDate(text)) throw new RangeError(`Not a YYYY-MM-DD date: ${text}`);
  return text;
}

/** Builds a date from checked calendar fields (the caller keeps them in range). */
export function localDateOfFields(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}
