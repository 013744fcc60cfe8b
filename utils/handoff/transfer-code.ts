/**
 * The hand-off between two installs with no server: a short base64url code (or a link to the
 * PWA carrying it in the fragment, which never reaches a server). Reading one gives exactly
 * what reading a backup file gives, through the same checks, so the same preview and apply follow.
 */
import { buildExport, serializeExport } from '../transfer/format';
import { type ParseImportOptions, type ParseImportResult, parseImport } from '../transfer/parse';
import { type HandoffContent, HandoffRefusal, readBody, writeBody } from './body';
import { BadBytes, fromBase64Url, toBase64Url } from './bytes';
import { frame, unframe } from './frame';
import type { PlanItemOrder } from './item-order';

/** What one QR code holds comfortably for a phone camera (byte mode, level M). */
export const QR_BUDGET_BYTES = 800;
/** The PWA's hand-off screen; the code follows it in the fragment. */
export const RECEIVE_HASH = '#/receive';

export interface TransferCode {
  readonly code: string;
  /** What the QR code holds: a link to the PWA when its address is known, else the code. */
  readonly qrText: string;
  /** Notes left out because they would not fit the QR budget. */
  readonly notesLeftOut: number;
}

/** `https://x.example/app/` + code → `https://x.example/app/#/receive/<code>`. */
export function handoffLink(appUrl: string, code: string): string {
  const base = appUrl.trim().replace(/#.*$/, '');
  return `${base}${RECEIVE_HASH}/${code}`;
}

/** The code inside a pasted or scanned text: a hand-off link, or the code itself. */
export function codeFromText(text: string): string {
  const trimmed = text.trim();
  const at = trimmed.indexOf(`${RECEIVE_HASH}/`);
  return at >= 0 ? trimmed.slice(at + RECEIVE_HASH.length + 1) : trimmed;
}

/** The code in a location hash such as `#/receive/<code>`, or null for any other hash. */
export function codeFromHash(hash: string): string | null {
  return hash.startsWith(`${RECEIVE_HASH}/`) ? hash.slice(RECEIVE_HASH.length + 1) : null;
}

async function encode(
  content: HandoffContent,
  orders: readonly PlanItemOrder[],
  withNotes: boolean,
): Promise<string> {
  return toBase64Url(await frame(writeBody(content, orders, withNotes)));
}

/** Notes ride along only if the QR text still fits `QR_BUDGET_BYTES` with them. */
export async function makeTransferCode(
  content: HandoffContent,
  orders: readonly PlanItemOrder[],
  appUrl: string | null,
): Promise<TransferCode> {
  const qrTextOf = (code: string) => (appUrl ? handoffLink(appUrl, code) : code);
  const notes = content.snapshot.notes.filter((note) => note.text !== '');
  const trimmed = { ...content, snapshot: { ...content.snapshot, notes } };
  if (notes.length > 0) {
    const code = await encode(trimmed, orders, true);
    if (new TextEncoder().encode(qrTextOf(code)).length <= QR_BUDGET_BYTES)
      return { code, qrText: qrTextOf(code), notesLeftOut: 0 };
  }
  const code = await encode(trimmed, orders, false);
  return { code, qrText: qrTextOf(code), notesLeftOut: notes.length };
}

export type ReadCodeOptions = Omit<ParseImportOptions, 'byteLength'> & {
  readonly orders: readonly PlanItemOrder[];
};

function refuse(message: string): ParseImportResult {
  return { ok: false, errors: [{ field: '', message }] };
}

/** A pasted or scanned code or link, checked as completely as a backup file. */
export async function readTransferCode(
  text: string,
  options: ReadCodeOptions,
): Promise<ParseImportResult> {
  const code = codeFromText(text);
  if (code === '') return refuse('Paste the transfer code or the link first.');
  const bytes = fromBase64Url(code);
  if (!bytes)
    return refuse(
      'This is not a Backend Path transfer code: it has characters a code never has. Copy it again, whole.',
    );
  let content: ReturnType<typeof readBody>;
  try {
    content = readBody(await unframe(bytes), options.orders);
  } catch (error) {
    if (error instanceof HandoffRefusal) return refuse(error.message);
    if (error instanceof BadBytes || error instanceof RangeError || error instanceof TypeError)
      return refuse(
        'This transfer code could not be read; it may be cut off. Copy all of it again, or scan the QR code again.',
      );
    throw error;
  }
  const json = serializeExport(
    buildExport(content.snapshot, content.appVersion, content.exportedAt),
  );
  const parsed = parseImport(json, { ...options, byteLength: json.length });
  if (!parsed.ok || content.notesIncluded) return parsed;
  return {
    ...parsed,
    warnings: [
      ...parsed.warnings,
      'Notes are not in this code (they did not fit a QR code, or there are none). Merge keeps the notes here; to move notes, use a backup file.',
    ],
  };
}
