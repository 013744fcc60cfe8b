import { useEffect, useRef } from 'preact/hooks';
import { StatusLine } from './StatusLine';

export type ResetKind = 'progress' | 'everything';

export type ResetStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirming'; readonly what: ResetKind }
  | { readonly kind: 'working'; readonly what: ResetKind }
  | { readonly kind: 'done'; readonly what: ResetKind; readonly fileName: string }
  | { readonly kind: 'failed'; readonly what: ResetKind; readonly message: string };

const WORDING: Readonly<
  Record<ResetKind, { button: string; question: string; confirm: string; done: string }>
> = {
  progress: {
    button: 'Reset progress…',
    question: 'Untick every item of every plan? Your plan, settings and notes stay.',
    confirm: 'Yes, reset progress',
    done: 'Your progress was reset.',
  },
  everything: {
    button: 'Reset everything…',
    question: 'Delete your plan, settings, ticks and notes, and start over as on a fresh install?',
    confirm: 'Yes, delete everything',
    done: 'Everything was reset.',
  },
};

interface ResetPanelProps {
  readonly status: ResetStatus;
  readonly onAsk: (what: ResetKind) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** Why there is nothing to reset yet (no plan chosen), or null when there is. */
  readonly unavailable?: string | null;
}

export function ResetPanel(props: ResetPanelProps) {
  const { status, onAsk, onConfirm, onCancel, unavailable = null } = props;
  const cancelButton = useRef<HTMLButtonElement>(null);
  const openers = useRef<Partial<Record<ResetKind, HTMLButtonElement | null>>>({});
  const asking = status.kind === 'confirming' || status.kind === 'working' ? status.what : null;
  const previous = useRef<ResetKind | null>(null);

  useEffect(() => {
    // Into the question: the safe choice first. Out of it: back where the user was.
    if (asking) cancelButton.current?.focus();
    else if (previous.current) openers.current[previous.current]?.focus();
    previous.current = asking;
  }, [asking]);

  return (
    <section class="card settings-section danger-zone" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Start over</h2>
      <p class="muted small" id="reset-note">
        {unavailable ?? 'A backup is downloaded automatically before anything is deleted.'}
      </p>
      <div class="row">
        {(['progress', 'everything'] as const).map((what) => (
          <button
            key={what}
            type="button"
            class="btn btn-danger"
            ref={(element) => {
              openers.current[what] = element;
            }}
            aria-expanded={asking === what}
            aria-controls="reset-confirm"
            disabled={asking !== null || unavailable !== null}
            aria-describedby={unavailable ? 'reset-note' : undefined}
            onClick={() => onAsk(what)}
          >
            {WORDING[what].button}
          </button>
        ))}
      </div>
      {asking && (
        <div id="reset-confirm" class="confirm-box">
          <p id="reset-question">
            <strong>{WORDING[asking].question}</strong> A backup file is downloaded first.
          </p>
          <div class="row">
            <button
              type="button"
              class="btn btn-danger-solid"
              onClick={onConfirm}
              disabled={status.kind === 'working'}
            >
              {WORDING[asking].confirm}
            </button>
            <button
              type="button"
              class="btn"
              ref={cancelButton}
              onClick={onCancel}
              disabled={status.kind === 'working'}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      <StatusLine
        message={
          status.kind === 'working'
            ? 'Downloading a backup first…'
            : status.kind === 'done' && (
                <span class="status-ok">
                  A backup was downloaded first:{' '}
                  <strong class="file-name">{status.fileName}</strong>. {WORDING[status.what].done}
                </span>
              )
        }
        error={status.kind === 'failed' && status.message}
      />
    </section>
  );
}
