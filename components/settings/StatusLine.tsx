import type { ComponentChildren } from 'preact';
import type { SaveStatus } from '../hooks/use-section-save';

interface StatusLineProps {
  /** Progress or success, read out politely. */
  readonly message?: ComponentChildren;
  /** A failure, read out at once. */
  readonly error?: ComponentChildren;
}

/** Both regions are always rendered, so screen readers hear every change of the message. */
export function StatusLine({ message, error }: StatusLineProps) {
  return (
    <>
      <p class="status-line" role="status" aria-live="polite">
        {message}
      </p>
      <p class="status-line" role="alert">
        {error && <span class="error-text">{error}</span>}
      </p>
    </>
  );
}

export function SaveStatusLine({ status }: { status: SaveStatus }) {
  return (
    <StatusLine
      message={status?.kind === 'saved' && <span class="status-ok">{status.text}</span>}
      error={status?.kind === 'error' && status.text}
    />
  );
}
