import type { Ref } from 'preact';
import type { ImportMode } from '../../utils/transfer/merge';
import { ImportReview, type ImportStatus } from '../settings/ImportReview';

export type ScanStatus =
  | { readonly kind: 'off' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'scanning'; readonly decoder: 'barcode-detector' | 'jsqr' }
  | { readonly kind: 'failed'; readonly message: string };

interface ReceivePanelProps {
  readonly text: string;
  readonly onTextChange: (text: string) => void;
  readonly onRead: () => void;
  readonly scan: ScanStatus;
  readonly onScan: () => void;
  readonly onStopScan: () => void;
  readonly videoRef: Ref<HTMLVideoElement>;
  readonly status: ImportStatus;
  readonly mode: ImportMode;
  readonly onModeChange: (mode: ImportMode) => void;
  readonly onApply: () => void;
  readonly onCancel: () => void;
  readonly headingRef?: Ref<HTMLHeadingElement>;
}

export function ReceivePanel(props: ReceivePanelProps) {
  const { scan, status } = props;
  const busy = status.kind === 'reading' || (status.kind === 'ready' && status.applying);
  const scanning = scan.kind === 'starting' || scan.kind === 'scanning';
  return (
    <section class="card settings-section handoff-receive" aria-labelledby="receive-heading">
      <h2 id="receive-heading" tabIndex={-1} ref={props.headingRef}>
        Receive from another device
      </h2>
      <p class="muted small">
        On the other device open Send to phone, then scan its QR code here, or paste its code or
        link. Nothing changes until you have seen what it would do and applied it.
      </p>
      <div class="row">
        {scanning ? (
          <button type="button" class="btn" onClick={props.onStopScan}>
            Stop the camera
          </button>
        ) : (
          <button type="button" class="btn btn-primary" onClick={props.onScan} disabled={busy}>
            Scan with the camera
          </button>
        )}
      </div>
      <video
        ref={props.videoRef}
        class="handoff-video"
        hidden={!scanning}
        muted
        playsInline
        aria-label="Camera view: hold the QR code in front of it"
        data-decoder={scan.kind === 'scanning' ? scan.decoder : undefined}
      />
      <p class="status-line" role="status" aria-live="polite">
        {scan.kind === 'starting' && 'Starting the camera…'}
        {scan.kind === 'scanning' && 'Looking for a QR code…'}
      </p>
      <p class="status-line" role="alert">
        {scan.kind === 'failed' && <span class="error-text">{scan.message}</span>}
      </p>
      <form
        class="field"
        onSubmit={(event) => {
          event.preventDefault();
          props.onRead();
        }}
      >
        <label for="receive-code">Transfer code or link</label>
        <textarea
          id="receive-code"
          class="transfer-code"
          rows={3}
          autoComplete="off"
          spellcheck={false}
          value={props.text}
          onInput={(event) => props.onTextChange(event.currentTarget.value)}
        />
        <span class="row">
          <button type="submit" class="btn" disabled={busy || props.text.trim() === ''}>
            Read the code
          </button>
        </span>
      </form>
      <ImportReview
        idPrefix="receive"
        status={status}
        mode={props.mode}
        onModeChange={props.onModeChange}
        onApply={props.onApply}
        onCancel={props.onCancel}
      />
    </section>
  );
}
