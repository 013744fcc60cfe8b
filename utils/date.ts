/**
 * Calendar-day arithmetic. A LocalDate is an ISO `YYYY-MM-DD` string in the
 * user's own zone. Day differences are counted on the calendar (via UTC day
 * numbers, which have no DST), never by dividing local milliseconds.
 */
import { isValidLocalDate, type LocalDate, localDateOfFields } from './model/local-date';

export { isValidLocalDate, type LocalDate, localDate, parseLocalDate } from './model/local-date';

/** The app's only source of time. Real code passes `systemClock`; tests inject one. */
export interface Clock {
  now(): number;
  timeZone(): string;
  /** True when `timeZone()` is a stand-in because the host zone could not be read. */
  timeZoneFellBack?(): boolean;
}

const MS_PER_DAY = 86_400_000;

// The clock asks on every read, so each zone is tried once.
const zoneUsable = new Map<string, boolean>();

/** Whether Intl can format in `zone`; an unknown zone makes every formatter throw. */
export function isUsableTimeZone(zone: string | undefined): zone is string {
  if (!zone || zone === 'Etc/Unknown') return false;
  if (!zoneUsable.has(zone)) {
    let usable = true;
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      usable = false;
    }
    zoneUsable.set(zone, usable);
  }
  return zoneUsable.get(zone) === true;
}

export interface ResolvedTimeZone {
  zone: string;
  /** True when the host's own zone was unusable and `zone` is a stand-in. */
  fellBack: boolean;
}

/**
 * The zone to compute days in. `reported` is what Intl says the host zone is;
 * `offsetMinutes` is the host's current offset east of UTC (-getTimezoneOffset()).
 * When the host zone is unusable (empty or unknown TZ gives `Etc/Unknown`), the
 * fixed zone with the same offset stands in, so days still turn at local midnight.
 */
export function resolveTimeZone(
  reported: string | undefined,
  offsetMinutes: number,
): ResolvedTimeZone {
  if (isUsableTimeZone(reported)) return { zone: reported, fellBack: false };
  // IANA Etc/GMT zones have the POSIX sign: UTC+3 is Etc/GMT-3. Other offsets use UTC.
  const hours = offsetMinutes / 60;
  const zone = `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  if (hours !== 0 && Number.isInteger(hours) && isUsableTimeZone(zone)) {
    return { zone, fellBack: true };
  }
  return { zone: 'UTC', fellBack: true };
}

/** The host zone, or its stand-in when the host zone cannot be used. */
export function resolveHostTimeZone(): ResolvedTimeZone {
  return resolveTimeZone(
    Intl.DateTimeFormat().resolvedOptions().timeZone,
    -new Date().getTimezoneOffset(),
  );
}

/** Reads the real clock and zone; the only place in the app that does. */
export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => resolveHostTimeZone().zone,
  timeZoneFellBack: () => resolveHostTimeZone().fellBack,
};

/** A clock frozen at one instant, for tests and previews. */
export function fixedClock(instant: number, timeZone: string): Clock {
  return { now: () => instant, timeZone: () => timeZone };
}

export function today(clock: Clock): LocalDate {
  return localDateOf(clock.now(), clock.timeZone());
}

// ---- calendar <-> day number (days since 1970-01-01), proleptic Gregorian ----

// Pure integer arithmetic (eras of 400 years, years starting in March) so that
// years 0000-0099 work too, which Date.UTC would map to the 1900s.
function dayNumberOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilOfDayNumber(dayNumber: number): { year: number; month: number; day: number } {
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** Days since 1970-01-01 (negative before). Throws on a malformed date. */
export function toDayNumber(date: LocalDate): number {
  if (!isValidLocalDate(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return dayNumberOfCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
}

export function fromDayNumber(dayNumber: number): LocalDate {
  const { year, month, day } = civilOfDayNumber(dayNumber);
  return localDateOfFields(year, month, day);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** Weekday of a day number (see toDayNumber), 0 = Sunday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  // Day 0, 1970-01-01, was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function compareLocalDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  const difference = toDayNumber(a) - toDayNumber(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

// ---- instants in a time zone ----

interface WallClock {
  /** Day number of the local date. */
  readonly dayNumber: number;
  /** Local wall-clock reading as if it were UTC, in ms (second precision). */
  readonly wallMs: number;
}

// Building a formatter is costly and this runs on every new tab: one per zone.
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockAt(instant: number, timeZone: string): WallClock {
  const fields: Record<string, string> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
    fields[part.type] = part.value;
  }
  const yearOfEra = Number(fields.year);
  // Years before 1 CE come as "n BC"; astronomical numbering has a year 0.
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const dayNumber = dayNumberOfCivil(year, Number(fields.month), Number(fields.day));
  const secondsIntoDay =
    Number(fields.hour) * 3600 + Number(fields.minute) * 60 + Number(fields.second);
  const millisecond = ((instant % 1000) + 1000) % 1000;
  return { dayNumber, wallMs: dayNumber * MS_PER_DAY + secondsIntoDay * 1000 + millisecond };
}

/** UTC offset of `timeZone` at `instant`, in ms (local = instant + offset). */
export function offsetAt(instant: number, timeZone: string): number {
  return wallClockAt(instant, timeZone).wallMs - instant;
}

/** The calendar date on the wall in `timeZone` at `instant` (ms since the epoch). */
export function localDateOf(instant: number, timeZone: string): LocalDate {
  return fromDayNumber(wallClockAt(instant, timeZone).dayNumber);
}

const longDateFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * e.g. "Saturday, 21 November 2026" in en-GB. Formatted in UTC from the day
 * number so the viewer's zone cannot shift the day. Defaults to the runtime's locale.
 */
export function formatLongDate(date: LocalDate, locale?: string): string {
  const key = locale ?? '';
  let formatter = longDateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    longDateFormatters.set(key, formatter);
  }
  return formatter.format(toDayNumber(date) * MS_PER_DAY);
}

const shortDateFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
});

/** e.g. "Tue 10 Mar", for short mentions of a recent day. Formatted in UTC like formatLongDate. */
export function formatShortDate(date: LocalDate): string {
  return shortDateFormatter.format(toDayNumber(date) * MS_PER_DAY).replace(',', '');
}

// Built on first use: this module is on the start-up path, which never names a month.
let shortMonthFormatter: Intl.DateTimeFormat | undefined;

/** e.g. "Mar", the month of `date`, for labels over a calendar. Formatted in UTC like formatLongDate. */
export function formatShortMonth(date: LocalDate): string {
  shortMonthFormatter ??= new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'short' });
  return shortMonthFormatter.format(toDayNumber(date) * MS_PER_DAY);
}

const weekdayFormatter = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long' });
const dayMonthFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
});

/**
 * e.g. "Monday" within the coming week, else (or with `withDate`) "Monday, 8 December",
 * seen from `from`.
 */
export function formatComingDay(date: LocalDate, from: LocalDate, withDate = false): string {
  const instant = toDayNumber(date) * MS_PER_DAY;
  const weekday = weekdayFormatter.format(instant);
  const ahead = daysBetween(from, date);
  const near = !withDate && ahead > 0 && ahead < 7;
  return near ? weekday : `${weekday}, ${dayMonthFormatter.format(instant)}`;
}
