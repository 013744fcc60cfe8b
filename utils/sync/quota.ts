/** Chrome's `storage.sync` limits, and how much of them Backend Path lets itself use. */
export const SYNC_QUOTA = {
  totalBytes: 102_400,
  bytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** Headroom under the per-item limit, in case a browser counts a few bytes differently. */
export const CHUNK_BUDGET_BYTES = SYNC_QUOTA.bytesPerItem - 192;
/** Headroom under the total, so a slightly larger next write still fits. */
export const TOTAL_BUDGET_BYTES = SYNC_QUOTA.totalBytes - 2_048;
/** A round writes at most twice (set + remove), so this stays far under both write limits. */
export const MAX_WRITE_ROUNDS_PER_MINUTE = 10;
/** Local edits are written this long after the last one, so a burst of ticks is one write. */
export const LOCAL_CHANGE_DEBOUNCE_MS = 2_000;

/**
 * What one `storage.sync` item costs against the quota: its key plus its JSON value, counted
 * the way the strictest browser does, or more. Chromium's JSON writer stores `<` as `\u003C`
 * (6 bytes, not 1), and escapes U+2028 and U+2029 too; `>` and `&` are counted the same way to
 * be safe. Everything else is counted as UTF-8 (JSON.stringify already escapes lone surrogates
 * and control characters). Over-counting only ever leaves a little room unused.
 */
export function itemBytes(key: string, value: unknown): number {
  return jsonTextBytes(key) + jsonTextBytes(JSON.stringify(value) ?? '');
}

const ESCAPED_BY_SOME_BROWSER = new Set(['<', '>', '&', '\u2028', '\u2029']);
const ESCAPED_BYTES = 6;

function jsonTextBytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (ESCAPED_BY_SOME_BROWSER.has(character)) bytes += ESCAPED_BYTES;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code < 0x10000) bytes += 3;
    else bytes += 4;
  }
  return bytes;
}

export interface SyncSize {
  readonly bytes: number;
  readonly items: number;
  readonly largestItemBytes: number;
}

export function measureItems(items: Readonly<Record<string, unknown>>): SyncSize {
  let bytes = 0;
  let largestItemBytes = 0;
  const entries = Object.entries(items);
  for (const [key, value] of entries) {
    const size = itemBytes(key, value);
    bytes += size;
    largestItemBytes = Math.max(largestItemBytes, size);
  }
  return { bytes, items: entries.length, largestItemBytes };
}
