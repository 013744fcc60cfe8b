interface WriteFailureBannerProps {
  /** What went wrong and what to do, or null when the last write landed. */
  readonly failure: string | null;
  /** Offered where the banner would otherwise stay over the page. */
  readonly onDismiss?: () => void;
}

/** A failed write is never silent: it says so until the next write lands or it is dismissed. */
export function WriteFailureBanner({ failure, onDismiss }: WriteFailureBannerProps) {
  if (!failure) return null;
  return (
    <p class="banner write-error" role="alert">
      Not saved: {failure}
      {onDismiss && (
        <>
          {' '}
          <button type="button" class="btn btn-quiet" onClick={onDismiss}>
            Dismiss
          </button>
        </>
      )}
    </p>
  );
}
