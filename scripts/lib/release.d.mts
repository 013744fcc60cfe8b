export function versionProblems(
  expected: string,
  found: Record<string, string | undefined>,
): string[];
export function changelogHasRelease(changelog: string, version: string): boolean;
export function sha256(path: string): Promise<string>;
export function checksumLines(paths: string[]): Promise<string>;
