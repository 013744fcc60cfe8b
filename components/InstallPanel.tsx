/** The PWA's Install button, only when the browser offers it; a one-line hint on iOS Safari. */
export function InstallPanel({
  state,
  onInstall,
}: {
  readonly state: 'offered' | 'ios' | 'installed' | 'none';
  readonly onInstall: () => void;
}) {
  if (state === 'offered')
    return (
      <section class="card settings-section install-panel" aria-labelledby="install-heading">
        <h2 id="install-heading">Install Backend Path</h2>
        <p class="muted small">
          Opens like an app from your home screen or dock, full screen, and works offline.
        </p>
        <button type="button" class="btn btn-primary" onClick={onInstall}>
          Install
        </button>
      </section>
    );
  if (state === 'ios')
    return (
      <p class="card small install-hint">
        To install: tap Share, then <strong>Add to Home Screen</strong>.
      </p>
    );
  return null;
}
