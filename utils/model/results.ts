/** How a storage read or write turned out, told the way the user needs it. */

export type StoreErrorKind =
  | 'blocked'
  | 'quota'
  | 'unavailable'
  | 'corrupt'
  | 'newer-version'
  | 'unknown';

/** A storage failure: what happened and what to do. */
export interface StoreError {
  readonly kind: StoreErrorKind;
  readonly title: string;
  readonly advice: string;
  readonly cause?: unknown;
}

/** A request the store refuses on its own terms (not a storage failure). */
export interface InputError {
  readonly kind: 'invalid';
  readonly title: string;
  readonly advice: string;
}

export type WriteResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly error: StoreError | InputError };
