import * as v from 'valibot';
import { CARD_IDS, CARD_VISIBILITIES } from './cards';
import { ITEM_STATES, LANGUAGES, PLAN_IDS, THEMES, WEEKDAYS } from './ids';
import { isValidLocalDate, type LocalDate } from './local-date';
import { NOTE_MAX_LENGTH } from './records';
import { MAX_STAMP } from './stamps';

/** Structural schemas for stored records, shared by import, salvage and sync. */

export const localDateSchema = v.pipe(
  v.string('expected a date as text (YYYY-MM-DD)'),
  v.custom<LocalDate>(isValidLocalDate, 'expected a real calendar date (YYYY-MM-DD)'),
);

const instantSchema = v.pipe(
  v.number('expected a timestamp in milliseconds'),
  v.integer('expected a timestamp in whole milliseconds'),
  v.minValue(0, 'expected a timestamp after 1970'),
  v.maxValue(MAX_STAMP, 'expected a timestamp before the year 275760'),
);

const weekdaySchema = v.picklist(
  WEEKDAYS,
  'expected a weekday number from 0 (Sunday) to 6 (Saturday)',
);

/** How many schedule changes a profile keeps; far more than a person makes. */
export const MAX_SCHEDULE_ENTRIES = 1000;

const restDayRuleSchema = v.object(
  {
    from: localDateSchema,
    restDays: v.pipe(
      v.array(weekdaySchema, 'expected a list of rest weekdays (0 = Sunday … 6 = Saturday)'),
      v.maxLength(7, 'expected at most 7 rest days'),
    ),
  },
  'expected a rest-day rule { from, restDays }',
);

const pauseSchema = v.pipe(
  v.object(
    { from: localDateSchema, until: v.nullable(localDateSchema) },
    'expected a pause { from, until }',
  ),
  v.check(
    (pause) => pause.until === null || pause.from <= pause.until,
    'expected a pause that ends on or after the day it begins',
  ),
);

const planIdSchema = v.picklist(PLAN_IDS, `expected one of ${PLAN_IDS.join(', ')}`);

export const profileSchema = v.object(
  {
    id: v.literal('profile', 'expected "profile"'),
    planId: planIdSchema,
    startDate: localDateSchema,
    restDays: v.pipe(
      v.array(weekdaySchema, 'expected a list of rest weekdays (0 = Sunday … 6 = Saturday)'),
      v.maxLength(7, 'expected at most 7 rest days'),
    ),
    // Added with the plan calendar; older files and profiles have none of the three.
    scheduleRules: v.optional(
      v.pipe(
        v.array(restDayRuleSchema, 'expected a list of rest-day rules'),
        v.maxLength(MAX_SCHEDULE_ENTRIES, `expected at most ${MAX_SCHEDULE_ENTRIES} rules`),
      ),
    ),
    pauses: v.optional(
      v.pipe(
        v.array(pauseSchema, 'expected a list of pauses'),
        v.maxLength(MAX_SCHEDULE_ENTRIES, `expected at most ${MAX_SCHEDULE_ENTRIES} pauses`),
      ),
    ),
    studyAnywayDates: v.optional(
      v.pipe(
        v.array(localDateSchema, 'expected a list of dates'),
        v.maxLength(MAX_SCHEDULE_ENTRIES, `expected at most ${MAX_SCHEDULE_ENTRIES} dates`),
      ),
    ),
    // Added with the calm day view; absent means the defaults.
    cards: v.optional(
      v.record(
        v.picklist(CARD_IDS, `expected a card id: ${CARD_IDS.join(', ')}`),
        v.picklist(CARD_VISIBILITIES, 'expected show, hide or phase'),
        'expected the card settings as an object',
      ),
    ),
    theme: v.picklist(THEMES, 'expected system, light or dark'),
    language: v.picklist(LANGUAGES, 'expected python, javascript or java'),
    reminderTime: v.nullable(
      v.pipe(
        v.string('expected a time HH:MM or null'),
        v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM (00:00 to 23:59)'),
      ),
    ),
    syncEnabled: v.boolean('expected true or false'),
    onboardedAt: v.nullable(instantSchema),
    updatedAt: instantSchema,
    // Added with format 2; absent means established.
    provisional: v.optional(v.literal(true, 'expected provisional to be true or absent')),
  },
  'expected the plan settings as an object',
);

export const progressSchema = v.pipe(
  v.object(
    {
      itemId: v.pipe(
        v.string('expected an item id as text'),
        v.nonEmpty('expected a non-empty item id'),
        v.maxLength(200, 'expected an item id of at most 200 characters'),
      ),
      planId: planIdSchema,
      state: v.picklist(ITEM_STATES, 'expected done, skipped or open'),
      completedAt: v.nullable(instantSchema),
      completedOn: v.nullable(localDateSchema),
      updatedAt: instantSchema,
      // Added with sync; files written before it have no such field.
      updatedBy: v.optional(
        v.pipe(
          v.string('expected a device id as text'),
          v.maxLength(64, 'expected a device id of at most 64 characters'),
        ),
      ),
    },
    'expected a progress record as an object',
  ),
  v.check(
    (record) => (record.state === 'open') === (record.completedOn === null),
    'expected completedOn to be set exactly when the item is done or skipped',
  ),
  v.check(
    (record) => (record.state === 'open') === (record.completedAt === null),
    'expected completedAt to be set exactly when the item is done or skipped',
  ),
);

export const noteSchema = v.object(
  {
    date: localDateSchema,
    text: v.pipe(
      v.string('expected the note as text'),
      v.maxLength(NOTE_MAX_LENGTH, `expected a note of at most ${NOTE_MAX_LENGTH} characters`),
    ),
    updatedAt: instantSchema,
  },
  'expected a note as an object',
);

export const exportFileSchema = v.object({
  format: v.literal('backend-path-export', 'expected "backend-path-export"'),
  formatVersion: v.picklist([1, 2], 'expected format version 1 or 2'),
  appVersion: v.pipe(
    v.string('expected the app version string'),
    v.maxLength(50, 'expected an app version of at most 50 characters'),
  ),
  exportedAt: v.pipe(
    v.string('expected an ISO date-time such as 2025-01-31T12:00:00.000Z'),
    v.isoTimestamp('expected an ISO date-time such as 2025-01-31T12:00:00.000Z'),
  ),
  profile: v.nullable(profileSchema),
  progress: v.array(progressSchema, 'expected a list of progress records'),
  notes: v.array(noteSchema, 'expected a list of notes'),
});
