import type { StoreError, StoreErrorKind } from '../model/results';

export type { StoreError, StoreErrorKind } from '../model/results';

const MESSAGES: Readonly<Record<StoreErrorKind, { title: string; advice: string }>> = {
  blocked: {
    title: 'Another Backend Path tab is running an older version.',
    advice: 'Close other Backend Path tabs and reload.',
  },
  quota: {
    title: 'Your browser has run out of storage space for Backend Path.',
    advice:
      'Free some disk space or clear data of other sites, then try again. Export your progress to be safe.',
  },
  unavailable: {
    title: 'This browser will not let Backend Path store data.',
    advice:
      'Private windows and some privacy settings block storage. Open Backend Path in a normal window or allow site data.',
  },
  corrupt: {
    title: 'Backend Path could not read its saved data.',
    advice:
      'Reload first. If it keeps failing, download what could be read from the Options page before resetting.',
  },
  'newer-version': {
    title: 'Your progress was saved by a newer Backend Path.',
    advice: 'Update Backend Path (or reload to pick up the update) before continuing.',
  },
  unknown: {
    title: 'Backend Path could not reach its saved data.',
    advice: 'Reload the page. If it keeps happening, export your progress and restart the browser.',
  },
};

export function storeError(kind: StoreErrorKind, cause?: unknown): StoreError {
  const message = MESSAGES[kind];
  return cause === undefined ? { kind, ...message } : { kind, ...message, cause };
}

const KIND_BY_ERROR_NAME: Readonly<Record<string, StoreErrorKind>> = {
  QuotaExceededError: 'quota',
  MissingAPIError: 'unavailable',
  SecurityError: 'unavailable',
  InvalidStateError: 'unavailable',
  VersionError: 'newer-version',
  DataError: 'corrupt',
  DataCloneError: 'corrupt',
  NotFoundError: 'corrupt',
  UnknownError: 'corrupt',
  SchemaError: 'corrupt',
  UpgradeError: 'corrupt',
  InvalidTableError: 'corrupt',
  BlockedError: 'blocked',
};

/** Dexie wraps native errors (`inner`, `failures`); the innermost known name decides. */
export function classifyStoreError(error: unknown): StoreError {
  if (isStoreError(error)) return error;
  return storeError(kindOf(error, 0), error);
}

function kindOf(error: unknown, depth: number): StoreErrorKind {
  if (depth > 5 || typeof error !== 'object' || error === null) return 'unknown';
  const nested = [
    'inner' in error ? error.inner : undefined,
    ...('failures' in error && Array.isArray(error.failures) ? error.failures : []),
  ];
  for (const inner of nested) {
    const kind = kindOf(inner, depth + 1);
    if (kind !== 'unknown') return kind;
  }
  const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
  return KIND_BY_ERROR_NAME[name] ?? 'unknown';
}

export function isStoreError(value: unknown): value is StoreError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'kind' in value &&
    typeof value.kind === 'string' &&
    value.kind in MESSAGES &&
    'title' in value &&
    'advice' in value
  );
}
