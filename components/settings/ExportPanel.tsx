import { StatusLine } from './StatusLine';

export type ExportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly fileName: string; readonly contents: string }
  | { readonly kind: 'failed'; readonly message: string };

interface ExportPanelProps {
  readonly status: ExportStatus;
  readonly onExport: () => void;
}

export function ExportPanel({ status, onExport }: ExportPanelProps) {
  return (
    <section class="card settings-section" aria-labelledby="export-heading">
      <h2 id="export-heading">Back up your progress</h2>
      <p class="muted small">
        Saves your plan, ticks and notes as a JSON file on this device. Keep it to restore later or
        to move to another browser.
      </p>
      <button type="button" class="btn" onClick={onExport} disabled={status.kind === 'working'}>
        Download a backup
      </button>
      <StatusLine
        message={
          status.kind === 'working'
            ? 'Preparing the backup…'
            : status.kind === 'done' && (
                <span class="status-ok">
                  Downloaded <strong class="file-name">{status.fileName}</strong> with{' '}
                  {status.contents}.
                </span>
              )
        }
        error={status.kind === 'failed' && status.message}
      />
    </section>
  );
}
