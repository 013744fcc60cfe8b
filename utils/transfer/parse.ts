import * as v from 'valibot';
import type { PlanId } from '../curriculum/types';
import { fromDayNumber, type LocalDate } from '../date';
import { exportFileSchema } from '../model/schemas';
import { CLOCK_HORIZON_MS } from '../model/stamps';
import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ExportFile,
  IMPORT_MAX_BYTES,
  READABLE_EXPORT_VERSIONS,
} from './format';

/**
 * One reason a file was refused; `field` is a path like `progress[3].completedOn`,
 * '' for the whole file. Shown as "field: message", e.g.
 * `progress[3].updatedAt: expected a timestamp in milliseconds, got "yesterday".`
 */
export interface ImportError {
  readonly field: string;
  readonly message: string;
}

export interface ParseImportOptions {
  /** Size of the file in bytes, checked before any parsing. */
  readonly byteLength: number;
  /** Now, to refuse dates from the future. */
  readonly now: number;
  /** Which plan an item id belongs to; undefined for ids no plan has. */
  readonly knownItem: (itemId: string) => PlanId | undefined;
}

export type ParseImportResult =
  | { readonly ok: true; readonly data: ExportFile; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly ImportError[] };

const MAX_REPORTED_ERRORS = 20;
const MS_PER_DAY = 86_400_000;
/**
 * Room for the exporting device's clock being ahead of this one's: stamps follow the
 * fastest clock a device has synced with, so a backup from any device of the same user
 * may run up to that far ahead (utils/model/stamps.ts).
 */
const FUTURE_TOLERANCE_DAYS = CLOCK_HORIZON_MS / MS_PER_DAY;
const FUTURE_TOLERANCE_WORDS = 'more than three years ahead of this device’s clock';
const KNOWN_TOP_LEVEL_FIELDS = new Set(Object.keys(exportFileSchema.entries));
const ECHO_MAX_NAMES = 5;
const ECHO_MAX_NAME_LENGTH = 40;

/** Names from the file, as a warning may repeat them: a few, each cut short. */
function echoNames(names: readonly string[]): string {
  const shown = names
    .slice(0, ECHO_MAX_NAMES)
    .map((name) =>
      name.length > ECHO_MAX_NAME_LENGTH ? `${name.slice(0, ECHO_MAX_NAME_LENGTH)}…` : name,
    );
  const more = names.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/** Checks an export file completely before anything touches the database. */
export function parseImport(text: string, options: ParseImportOptions): ParseImportResult {
  if (options.byteLength > IMPORT_MAX_BYTES) {
    return refuse(
      '',
      `The file is ${megabytes(options.byteLength)} MB; a Backend Path export is at most ${megabytes(IMPORT_MAX_BYTES)} MB. Pick the file Backend Path exported.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(
      '',
      `The file is not valid JSON${jsonErrorPlace(text, error)}. It may be cut off or edited.`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || !('format' in json)) {
    return refuse(
      '',
      'This is not a Backend Path export: it has no "format": "backend-path-export".',
    );
  }
  if (json.format !== EXPORT_FORMAT) {
    return refuse(
      'format',
      `This file comes from another app (format ${describe(json.format)}); expected "${EXPORT_FORMAT}".`,
    );
  }
  const version = 'formatVersion' in json ? json.formatVersion : undefined;
  if (typeof version === 'number' && Number.isFinite(version) && version > EXPORT_FORMAT_VERSION) {
    return refuse(
      'formatVersion',
      `This file was made by a newer Backend Path (format version ${version}); update Backend Path first, then import it.`,
    );
  }
  if (typeof version !== 'number' || !READABLE_EXPORT_VERSIONS.includes(version)) {
    const expected = `expected format version ${READABLE_EXPORT_VERSIONS.join(' or ')}`;
    return refuse(
      'formatVersion',
      version === undefined ? `missing; ${expected}.` : `${expected}, got ${describe(version)}.`,
    );
  }

  const parsed = v.safeParse(exportFileSchema, json);
  if (!parsed.success) return { ok: false, errors: limit(parsed.issues.map(toImportError)) };
  const data: ExportFile = parsed.output;
  const errors = checkMeaning(data, options);
  if (errors.length > 0) return { ok: false, errors: limit(errors) };

  const warnings: string[] = [];
  const ignored = Object.keys(json).filter((key) => !KNOWN_TOP_LEVEL_FIELDS.has(key));
  if (ignored.length > 0)
    warnings.push(`Ignored fields this version does not know: ${echoNames(ignored)}.`);
  if (data.profile === null)
    warnings.push('The file has no plan settings; yours stay as they are.');
  return { ok: true, data, warnings };
}

/** What the schema cannot know: ids of this curriculum, time, duplicates. */
function checkMeaning(data: ExportFile, options: ParseImportOptions): ImportError[] {
  const errors: ImportError[] = [];
  const latestDate = fromDayNumber(Math.floor(options.now / MS_PER_DAY) + FUTURE_TOLERANCE_DAYS);
  const latestInstant = options.now + FUTURE_TOLERANCE_DAYS * MS_PER_DAY;
  const future = (field: string, what: string) =>
    errors.push({
      field,
      message: `${what} is ${FUTURE_TOLERANCE_WORDS}; the file or the clock that wrote it is wrong.`,
    });

  if (Date.parse(data.exportedAt) > latestInstant) future('exportedAt', `"${data.exportedAt}"`);
  if (data.profile && data.profile.updatedAt > latestInstant)
    future('profile.updatedAt', 'The time');

  const seenItems = new Set<string>();
  data.progress.forEach((record, index) => {
    const at = `progress[${index}]`;
    const plan = options.knownItem(record.itemId);
    if (plan === undefined) {
      errors.push({
        field: `${at}.itemId`,
        message: `"${record.itemId}" is not an item of any Backend Path plan.`,
      });
    } else if (plan !== record.planId) {
      errors.push({
        field: `${at}.planId`,
        message: `"${record.itemId}" belongs to ${plan}, not ${record.planId}.`,
      });
    }
    if (seenItems.has(record.itemId)) {
      errors.push({ field: `${at}.itemId`, message: `"${record.itemId}" appears more than once.` });
    }
    seenItems.add(record.itemId);
    if (record.completedOn !== null && isAfter(record.completedOn, latestDate)) {
      future(`${at}.completedOn`, `The date ${record.completedOn}`);
    }
    if (record.updatedAt > latestInstant) future(`${at}.updatedAt`, 'The time');
  });

  const seenDates = new Set<string>();
  data.notes.forEach((note, index) => {
    const at = `notes[${index}]`;
    if (seenDates.has(note.date)) {
      errors.push({
        field: `${at}.date`,
        message: `There is more than one note for ${note.date}.`,
      });
    }
    seenDates.add(note.date);
    if (isAfter(note.date, latestDate)) future(`${at}.date`, `The date ${note.date}`);
    if (note.updatedAt > latestInstant) future(`${at}.updatedAt`, 'The time');
  });
  return errors;
}

function isAfter(date: LocalDate, other: LocalDate): boolean {
  return date > other;
}

/**
 * Turns a schema issue into "what was expected, what came": for a missing field
 * "missing; expected …", otherwise "expected …, got …".
 */
function toImportError(issue: v.BaseIssue<unknown>): ImportError {
  const path = issue.path ?? [];
  const field = path
    .map((step) => (typeof step.key === 'number' ? `[${step.key}]` : `.${String(step.key)}`))
    .join('')
    .replace(/^\./, '');
  const missing = path.at(-1)?.origin === 'key' && issue.input === undefined;
  if (missing) {
    const expected = expectationOf(
      schemaAt(
        exportFileSchema,
        path.map((step) => step.key),
      ),
    );
    return { field, message: expected ? `missing; ${expected}.` : 'missing.' };
  }
  const wholeRecord =
    typeof issue.input === 'object' && issue.input !== null && issue.type === 'check';
  const got = wholeRecord ? '' : `, got ${describe(issue.input)}`;
  return { field, message: `${issue.message}${got}.` };
}

/** The schema that checks the value at `keys`, walking objects, lists and nullables. */
function schemaAt(schema: unknown, keys: readonly unknown[]): unknown {
  let current = schema;
  for (const key of keys) {
    current = unwrapNullable(current);
    if (typeof current !== 'object' || current === null) return undefined;
    if (typeof key === 'number' && 'item' in current) current = current.item;
    else if (typeof key === 'string' && 'entries' in current)
      current = propertyOf(current.entries, key);
    else return undefined;
  }
  return current;
}

function unwrapNullable(schema: unknown): unknown {
  return typeof schema === 'object' && schema !== null && 'wrapped' in schema
    ? schema.wrapped
    : schema;
}

function propertyOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? Object.getOwnPropertyDescriptor(value, key)?.value
    : undefined;
}

/** Our schemas carry their expectation as their message ("expected …"). */
function expectationOf(schema: unknown): string | undefined {
  const nullable = schema !== unwrapNullable(schema);
  const inner = unwrapNullable(schema);
  const message = propertyOf(inner, 'message');
  if (typeof message !== 'string') return undefined;
  return nullable ? `${message} or null` : message;
}

function limit(errors: readonly ImportError[]): ImportError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return [...errors];
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { field: '', message: `…and ${errors.length - MAX_REPORTED_ERRORS} more problems.` },
  ];
}

function refuse(field: string, message: string): ParseImportResult {
  return { ok: false, errors: [{ field, message }] };
}

/** A short, safe rendering of a bad value for an error message. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    return value.length > 40
      ? `"${value.slice(0, 40)}…" (${value.length} characters)`
      : `"${value}"`;
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return value === null ? 'null' : 'an object';
  return String(value);
}

function jsonErrorPlace(text: string, error: unknown): string {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  if (!match) return text.trim() === '' ? ' (the file is empty)' : '';
  const position = Number(match[1]);
  const before = text.slice(0, position).split('\n');
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  return ` (problem at line ${line}, column ${column})`;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
