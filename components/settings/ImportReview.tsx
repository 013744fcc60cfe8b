/**
 * What a checked import would do, and Merge or Replace: shared by the backup file and the
 * transfer code, so both go through the same preview, choice and apply.
 */
import { useEffect, useRef } from 'preact/hooks';
import {
  type ImportMode,
  importChangesNothing,
  type ImportPreview as Preview,
} from '../../utils/transfer/merge';
import type { ImportError } from '../../utils/transfer/parse';
import { type RadioChoice, RadioChoices } from '../RadioChoices';
import { ImportPreview } from './ImportPreview';

export type ImportStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'invalid'; readonly fileName: string; readonly errors: readonly ImportError[] }
  | {
      readonly kind: 'ready';
      readonly fileName: string;
      readonly warnings: readonly string[];
      /** Null while the current data is read for the comparison. */
      readonly preview: Preview | null;
      /** Replace over data worth keeping: Apply downloads a backup of it first. */
      readonly backupFirst: boolean;
      readonly applying: boolean;
      readonly failure: string | null;
    }
  | { readonly kind: 'applied'; readonly fileName: string; readonly summary: string };

interface ImportReviewProps {
  /** Keeps ids apart when two reviews share a page. */
  readonly idPrefix: string;
  readonly status: ImportStatus;
  readonly mode: ImportMode;
  readonly onModeChange: (mode: ImportMode) => void;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

const MODES: readonly RadioChoice<ImportMode>[] = [
  { id: 'merge', label: 'Merge', hint: 'Keep both; for each item the newer change wins.' },
  {
    id: 'replace',
    label: 'Replace',
    hint: 'Use only what is in the file; anything not in it is removed.',
  },
];

export function ImportReview({
  idPrefix,
  status,
  mode,
  onModeChange,
  onApply,
  onCancel,
}: ImportReviewProps) {
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const ready = status.kind === 'ready';
  useEffect(() => {
    if (ready) previewHeading.current?.focus();
  }, [ready]);

  return (
    <>
      <p class="status-line" role="status" aria-live="polite">
        {status.kind === 'reading' && `Checking ${status.fileName}…`}
        {status.kind === 'applied' && <span class="status-ok">{status.summary}</span>}
      </p>
      <div role="alert">
        {status.kind === 'invalid' && (
          <div class="import-errors">
            <p class="error-text">
              <strong>{status.fileName}</strong> was not imported; nothing was changed:
            </p>
            <ul class="error-list">
              {status.errors.map((error, index) => (
                <li key={`${error.field}-${index}`}>
                  {error.field && <code>{error.field}</code>}
                  {error.field && ': '}
                  {error.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {ready && status.failure && (
          <p class="error-text">Not imported: {status.failure} Your data is unchanged.</p>
        )}
      </div>
      {ready && (
        <form
          class="import-confirm"
          aria-labelledby={`${idPrefix}-preview-heading`}
          onSubmit={(event) => {
            event.preventDefault();
            onApply();
          }}
        >
          <h3 id={`${idPrefix}-preview-heading`} class="sub" tabIndex={-1} ref={previewHeading}>
            Ready to import {status.fileName}
          </h3>
          {status.warnings.map((warning) => (
            <p class="small muted" key={warning}>
              {warning}
            </p>
          ))}
          <fieldset>
            <legend>How to combine it with what is here</legend>
            <RadioChoices
              name={`${idPrefix}-mode`}
              choices={MODES}
              value={mode}
              onChange={onModeChange}
            />
          </fieldset>
          {status.preview ? (
            <ImportPreview preview={status.preview} mode={mode} />
          ) : (
            <p class="muted">Comparing…</p>
          )}
          {status.backupFirst && (
            <p class="small">
              Replace first downloads a backup of your current progress, then replaces it with the
              file.
            </p>
          )}
          <div class="row">
            <button
              type="submit"
              class="btn btn-primary"
              disabled={
                status.applying || status.preview === null || importChangesNothing(status.preview)
              }
            >
              Apply import
            </button>
            <button type="button" class="btn" onClick={onCancel} disabled={status.applying}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </>
  );
}
