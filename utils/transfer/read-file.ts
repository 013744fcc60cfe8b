/** A backup file as the import screen reads it: size first, then its text, then every check. */
import { IMPORT_MAX_BYTES } from './format';
import { type ParseImportOptions, type ParseImportResult, parseImport } from './parse';

export type ImportFileOptions = Omit<ParseImportOptions, 'byteLength'>;

/** Never reads more than the size limit; a file the browser cannot read is refused in words. */
export async function parseImportFile(
  file: Pick<Blob, 'size' | 'text'>,
  options: ImportFileOptions,
): Promise<ParseImportResult> {
  let text = '';
  try {
    // Too-large files are refused by size alone, before reading a byte.
    if (file.size <= IMPORT_MAX_BYTES) text = await file.text();
  } catch {
    return {
      ok: false,
      errors: [{ field: '', message: 'The browser could not read this file. Choose it again.' }],
    };
  }
  return parseImport(text, { ...options, byteLength: file.size });
}
