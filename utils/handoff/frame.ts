/**
 * The transfer code's frame: `B P` (magic), a version byte, the body compressed with the
 * browser's own `deflate-raw`, and a CRC-32 of everything before it. Read back in that order,
 * so each kind of bad input gets its own message.
 */

import { HandoffRefusal } from './body';
import { BadBytes, crc32 } from './bytes';

export const HANDOFF_MAGIC = [0x42, 0x50] as const;
export const HANDOFF_VERSION = 1;
const HEADER_BYTES = HANDOFF_MAGIC.length + 1;
const CRC_BYTES = 4;
/** A decompressed body is a few KB at most; more means a crafted code. */
const MAX_BODY_BYTES = 256 * 1024;

async function run(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const writer = stream.writable.getWriter();
  // Errors surface on the readable side; the writer's own promises would only repeat them.
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel();
      throw new BadBytes('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

export async function frame(body: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const packed = await run(body, new CompressionStream('deflate-raw'));
  const out = new Uint8Array(HEADER_BYTES + packed.length + CRC_BYTES);
  out.set(HANDOFF_MAGIC, 0);
  out[HANDOFF_MAGIC.length] = HANDOFF_VERSION;
  out.set(packed, HEADER_BYTES);
  const view = new DataView(out.buffer);
  view.setUint32(out.length - CRC_BYTES, crc32(out.subarray(0, out.length - CRC_BYTES)));
  return out;
}

const DAMAGED =
  'This transfer code is damaged or incomplete (its checksum does not match). Copy all of it again, or scan the QR code again.';

/** The body, or a HandoffRefusal saying in words what is wrong with `bytes`. */
export async function unframe(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  if (bytes.length < HANDOFF_MAGIC.length || HANDOFF_MAGIC.some((b, i) => bytes[i] !== b))
    throw new HandoffRefusal(
      'This is not a Backend Path transfer code; it may come from another app. In Backend Path, open Send to phone and copy the code shown there.',
    );
  const version = bytes[HANDOFF_MAGIC.length];
  if (version !== undefined && version > HANDOFF_VERSION)
    throw new HandoffRefusal(
      `This code was made by a newer Backend Path (transfer format ${version}); update Backend Path here first, then try again.`,
    );
  if (version !== HANDOFF_VERSION || bytes.length < HEADER_BYTES + CRC_BYTES + 1)
    throw new HandoffRefusal(DAMAGED);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const expected = view.getUint32(bytes.length - CRC_BYTES);
  if (crc32(bytes.subarray(0, bytes.length - CRC_BYTES)) !== expected)
    throw new HandoffRefusal(DAMAGED);
  try {
    return await run(
      bytes.subarray(HEADER_BYTES, bytes.length - CRC_BYTES),
      new DecompressionStream('deflate-raw'),
    );
  } catch {
    throw new HandoffRefusal(DAMAGED);
  }
}
