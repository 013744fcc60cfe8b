/**
 * Warnings the build must never print: a dynamic import made useless by a static one elsewhere
 * quietly bundles data (every plan, say) into a view that should load it on demand.
 */
const FATAL_CODES = new Set(['INEFFECTIVE_DYNAMIC_IMPORT']);

interface BuildLog {
  readonly code?: string;
  readonly message: string;
}

/** A rolldown `onLog` that fails the build on the fatal warnings and passes the rest on. */
export function failOnFatalWarnings<Level extends string, Log extends BuildLog>(
  level: Level,
  log: Log,
  passOn: (level: Level, log: Log) => void,
): void {
  if (log.code && FATAL_CODES.has(log.code)) {
    throw new Error(`The build refuses ${log.code}: ${log.message}`);
  }
  passOn(level, log);
}
