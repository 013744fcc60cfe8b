import { QrCode } from './QrCode';

export type SendStatus =
  | { readonly kind: 'closed' }
  | { readonly kind: 'working' }
  | {
      readonly kind: 'ready';
      readonly code: string;
      /** Whether the QR holds a link to the PWA (else the bare code). */
      readonly isLink: boolean;
      readonly modules: readonly (readonly boolean[])[];
      readonly notesLeftOut: number;
    }
  | { readonly kind: 'failed'; readonly message: string };

export type CopyStatus = 'idle' | 'copied' | 'failed';

interface SendPanelProps {
  readonly status: SendStatus;
  readonly copy: CopyStatus;
  readonly onOpen: () => void;
  readonly onClose: () => void;
  readonly onCopy: () => void;
  /** The phone app's address field, in the extension only. */
  readonly addressField?: preact.ComponentChildren;
}

function notesLine(left: number): string | null {
  if (left === 0) return null;
  const what = left === 1 ? 'Your note does' : `Your ${left} notes do`;
  return `${what} not fit in a QR code, so the code carries your plan and ticks only. To move notes, use Download a backup below and restore that file on the other device.`;
}

export function SendPanel({ status, copy, onOpen, onClose, onCopy, addressField }: SendPanelProps) {
  const open = status.kind !== 'closed';
  return (
    <section class="card settings-section handoff-send" aria-labelledby="send-heading">
      <h2 id="send-heading">Send to phone</h2>
      <p class="muted small">
        Your plan and ticks as a QR code: scan it with the other device, or copy the code. No
        server, no account; nothing leaves this device until you show it.
      </p>
      {!open && (
        <button type="button" class="btn btn-primary" onClick={onOpen}>
          Show the QR code
        </button>
      )}
      {status.kind === 'working' && (
        <p class="muted" role="status">
          Making the code…
        </p>
      )}
      {status.kind === 'failed' && (
        <p class="error-text" role="alert">
          No code was made: {status.message}
        </p>
      )}
      {status.kind === 'ready' && (
        <div class="handoff-code">
          <QrCode
            modules={status.modules}
            label={
              status.isLink
                ? 'QR code: a link that opens Backend Path on the phone with your progress'
                : 'QR code holding your transfer code'
            }
          />
          <div class="handoff-copy">
            <p class="small">
              {status.isLink
                ? 'Point the phone’s camera at the code and open the link, or in Backend Path on the other device choose Receive → Scan.'
                : 'In Backend Path on the other device, open Settings → Receive and scan this code, or paste the code below.'}
            </p>
            <label for="transfer-code">Transfer code</label>
            <textarea
              id="transfer-code"
              class="transfer-code"
              readOnly
              rows={4}
              value={status.code}
              onFocus={(event) => event.currentTarget.select()}
            />
            <div class="row">
              <button type="button" class="btn" onClick={onCopy}>
                Copy code
              </button>
              <button type="button" class="btn btn-quiet" onClick={onClose}>
                Hide
              </button>
            </div>
            <p class="status-line" role="status" aria-live="polite">
              {copy === 'copied' && <span class="status-ok">Copied.</span>}
              {copy === 'failed' && 'Could not copy: select the code and copy it by hand.'}
            </p>
            {notesLine(status.notesLeftOut) && (
              <p class="small">{notesLine(status.notesLeftOut)}</p>
            )}
          </div>
        </div>
      )}
      {addressField}
    </section>
  );
}
