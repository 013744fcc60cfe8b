// Reads a .zip the way a store does: the central directory, then each entry's bytes.
// Enough for the store packages `wxt zip` writes (stored or deflated, no zip64, no encryption).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

function findEndOfCentralDirectory(zip) {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let offset = zip.length - 22; offset >= Math.max(0, zip.length - 22 - 0xffff); offset--) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new Error('not a zip file: no end of central directory record');
}

/** Every entry of the zip in `path`, in the archive's order: `{ name, data }`, files only. */
export async function readZip(path) {
  const zip = await readFile(path);
  const end = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let index = 0; index < count; index++) {
    if (zip.readUInt32LE(offset) !== CENTRAL_FILE_HEADER) {
      throw new Error(`${path}: broken central directory at entry ${index}`);
    }
    const flags = zip.readUInt16LE(offset + 8);
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localOffset = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new Error(`${path}: ${name} is encrypted`);
    if (zip.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER) {
      throw new Error(`${path}: no local header for ${name}`);
    }
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    let data;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw);
    else throw new Error(`${path}: ${name} uses compression method ${method}`);
    if (data.length !== size)
      throw new Error(`${path}: ${name} is ${data.length} bytes, not ${size}`);
    entries.push({ name, data });
  }
  return entries;
}

/** Writes every file of the zip in `path` under `dir`; returns the entries written. */
export async function extractZip(path, dir) {
  const entries = await readZip(path);
  for (const { name, data } of entries) {
    const target = resolve(dir, name);
    if (!target.startsWith(`${resolve(dir)}${sep}`))
      throw new Error(`${path}: ${name} leaves the folder`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, data);
  }
  return entries;
}
