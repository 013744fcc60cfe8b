/**
 * Calendar-day arithmetic. A LocalDate is an ISO `YYYY-MM-DD` string in the
 * user's own zone. Day differences are counted on the calendar (via UTC day
 * numbers, which have no DST), never by dividing local milliseconds.
 */

export type LocalDate = string;

/** The app's only source of time. Real code passes `systemClock`; tests inject one. */
export interface Clock {
  now(): number;
  timeZone(): string;
}
