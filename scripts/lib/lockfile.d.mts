export interface LockEntry {
  version?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
  [field: string]: unknown;
}
export interface Lockfile {
  packages?: Record<string, LockEntry>;
  [field: string]: unknown;
}
export const REQUIRED_PLATFORMS: { name: string; os: string; cpu: string; libc?: string }[];
export function lockfileProblems(lock: Lockfile): string[];
