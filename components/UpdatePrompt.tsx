import { useEffect, useState } from 'preact/hooks';

/** A new version of the app that is installed and waiting for the user's go-ahead. */
export interface WaitingUpdate {
  /** Calls `listener` when a new version starts waiting; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly isWaiting: () => boolean;
  /** Activates the waiting version and reloads the page into it. */
  readonly apply: () => void;
}

/**
 * "A new version is ready": the only way an update reaches an open page, so nothing
 * changes under the user mid-task. Dismissing keeps the current version until next start.
 */
export function UpdatePrompt({ update }: { update: WaitingUpdate }) {
  const [waiting, setWaiting] = useState(update.isWaiting);
  const [dismissed, setDismissed] = useState(false);
  const [applying, setApplying] = useState(false);
  useEffect(() => {
    setWaiting(update.isWaiting());
    return update.subscribe(() => setWaiting(true));
  }, [update]);

  // The live region stays in the page so screen readers announce the message when it fills.
  return (
    <div class="update-prompt-region" role="status">
      {waiting && !dismissed && (
        <div class="update-prompt">
          <p>A new version is ready.</p>
          <div class="row">
            <button
              type="button"
              class="btn btn-primary"
              disabled={applying}
              onClick={() => {
                setApplying(true);
                update.apply();
              }}
            >
              Reload
            </button>
            <button type="button" class="btn btn-quiet" onClick={() => setDismissed(true)}>
              Not now
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
