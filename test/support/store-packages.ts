/**
 * The store packages `npm run zip` writes, as the tests that open them like a reviewer find
 * them: by the version in package.json, unpacked into a throwaway folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { extractZip, type ZipEntry } from '../../scripts/lib/zip-read.mjs';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const VERSION: string = JSON.parse(
  readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'),
).version;

export type PackageKind = 'chrome' | 'firefox' | 'sources';

/** `.output/backend-path-<version>-<kind>.zip`, or an error that says how to make it. */
export function storePackage(kind: PackageKind): string {
  const path = join(REPO_ROOT, '.output', `backend-path-${VERSION}-${kind}.zip`);
  if (!existsSync(path)) {
    throw new Error(`No ${path}. Run \`npm run zip\` first (\`npm test\` does it for you).`);
  }
  return path;
}

export interface Unpacked {
  readonly dir: string;
  readonly entries: ZipEntry[];
  remove(): Promise<void>;
}

export async function unpack(kind: PackageKind): Promise<Unpacked> {
  const dir = await mkdtemp(join(tmpdir(), `backend-path-${kind}-zip-`));
  try {
    const entries = await extractZip(storePackage(kind), dir);
    return { dir, entries, remove: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Every file under `dir`, as sorted forward-slash paths relative to it. */
export function filesUnder(dir: string): string[] {
  const walk = (current: string): string[] =>
    readdirSync(current).flatMap((name) => {
      const path = join(current, name);
      return statSync(path).isDirectory()
        ? walk(path)
        : [relative(dir, path).replaceAll('\\', '/')];
    });
  return walk(dir).sort();
}
