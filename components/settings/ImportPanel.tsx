import type { ImportMode } from '../../utils/transfer/merge';
import { ImportReview, type ImportStatus } from './ImportReview';

export type { ImportStatus } from './ImportReview';

interface ImportPanelProps {
  readonly status: ImportStatus;
  readonly mode: ImportMode;
  readonly onModeChange: (mode: ImportMode) => void;
  readonly onFile: (file: File) => void;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

export function ImportPanel({
  status,
  mode,
  onModeChange,
  onFile,
  onApply,
  onCancel,
}: ImportPanelProps) {
  const ready = status.kind === 'ready';
  return (
    <section class="card settings-section" aria-labelledby="import-heading">
      <h2 id="import-heading">Restore from a backup</h2>
      <p class="field">
        <label for="import-file">Backup file (.json)</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          disabled={status.kind === 'reading' || (ready && status.applying)}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so choosing the same file again is noticed too.
            event.currentTarget.value = '';
            if (file) onFile(file);
          }}
        />
        <span class="muted small">
          Nothing changes until you have seen what the file would do and applied it.
        </span>
      </p>
      <ImportReview
        idPrefix="import"
        status={status}
        mode={mode}
        onModeChange={onModeChange}
        onApply={onApply}
        onCancel={onCancel}
      />
    </section>
  );
}
