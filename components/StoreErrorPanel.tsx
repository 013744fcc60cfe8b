interface StoreErrorPanelProps {
  readonly title: string;
  readonly advice: string;
  /** Offered when some data could be read despite the failure. */
  readonly onDownloadSalvage?: () => void;
  /** False when the data is already gone, so "nothing was changed" would not be true. */
  readonly dataKept?: boolean;
}

export function StoreErrorPanel({
  title,
  advice,
  onDownloadSalvage,
  dataKept = true,
}: StoreErrorPanelProps) {
  return (
    <section class="card error-panel" role="alert" aria-labelledby="store-error-heading">
      <h2 id="store-error-heading">{title}</h2>
      <p>{advice}</p>
      {dataKept && (
        <p class="small muted">
          Nothing was changed or overwritten: your saved progress is left exactly as it was.
        </p>
      )}
      <div class="row">
        <button type="button" class="btn" onClick={() => location.reload()}>
          Reload
        </button>
        {onDownloadSalvage && (
          <button type="button" class="btn" onClick={onDownloadSalvage}>
            Download what could be read
          </button>
        )}
      </div>
    </section>
  );
}
