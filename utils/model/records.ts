import type { CardSettings } from './cards';
import type { ItemState, Language, PlanId, Theme, Weekday } from './ids';
import type { LocalDate } from './local-date';

export type { ItemState, Theme, Weekday } from './ids';

/** Weekly rest days in force from `from` on (until a later rule), part of the schedule's history. */
export interface RestDayRule {
  readonly from: LocalDate;
  readonly restDays: readonly Weekday[];
}

/** Time away: `from` to `until`, both included; `until` null while paused until resumed. */
export interface PauseRecord {
  readonly from: LocalDate;
  readonly until: LocalDate | null;
}

export interface ProfileRecord {
  /** Single row. */
  readonly id: 'profile';
  readonly planId: PlanId;
  readonly startDate: LocalDate;
  /** The rest days chosen now (the newest rule); the plan calendar reads `scheduleRules`. */
  readonly restDays: readonly Weekday[];
  /**
   * Rest-day history. Before its first rule every day was a study day (the upgrade to v4
   * writes one from the upgrade date). Absent, `restDays` applies from the start date.
   */
  readonly scheduleRules?: readonly RestDayRule[];
  readonly pauses?: readonly PauseRecord[];
  /** Rest or paused dates the learner chose to study on ("Study anyway"). */
  readonly studyAnywayDates?: readonly LocalDate[];
  /** Which extra cards the day view pins; absent ids take `DEFAULT_CARDS`. */
  readonly cards?: CardSettings;
  readonly theme: Theme;
  readonly language: Language;
  /** Local time `HH:MM`, or null when the reminder is off. */
  readonly reminderTime: string | null;
  readonly syncEnabled: boolean;
  /** When onboarding was finished or skipped; null until then. */
  readonly onboardedAt: number | null;
  readonly updatedAt: number;
  /**
   * Set while sync is on and this device has not yet looked at the synced data: such a
   * profile never outranks an established one (see utils/model/merge.ts).
   */
  readonly provisional?: true;
}

export interface ProgressRecord {
  readonly itemId: string;
  readonly planId: PlanId;
  readonly state: ItemState;
  /** When it was last marked done or skipped; null when open. */
  readonly completedAt: number | null;
  /** The user's local date at completion, for streaks and the heatmap; null when open. */
  readonly completedOn: LocalDate | null;
  readonly updatedAt: number;
  /** Sync's device id of the install that made this change; absent for this install's own writes. */
  readonly updatedBy?: string;
}

export interface NoteRecord {
  /** A note per calendar day. */
  readonly date: LocalDate;
  /** Plain text, at most NOTE_MAX_LENGTH characters. */
  readonly text: string;
  readonly updatedAt: number;
}

export const NOTE_MAX_LENGTH = 10_000;

/** Derived from progress (never exported): resolved items whose `completedOn` is `date`. */
export interface ActivityRecord {
  readonly date: LocalDate;
  readonly count: number;
}

/**
 * Per table, the stamp below which every record is gone: what a reset or a Replace import
 * leaves behind, so no device can bring older records back. 0 means nothing was cleared.
 */
export interface Floors {
  readonly profile: number;
  readonly progress: number;
  readonly notes: number;
}

export const NO_FLOORS: Floors = Object.freeze({ profile: 0, progress: 0, notes: 0 });

/** Everything the store holds that a person would miss. */
export interface StoreSnapshot {
  readonly profile: ProfileRecord | null;
  readonly progress: readonly ProgressRecord[];
  readonly notes: readonly NoteRecord[];
  /** Absent in files and replicas written before floors existed: nothing was cleared. */
  readonly floors?: Floors;
}
