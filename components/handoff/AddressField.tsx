import { useState } from 'preact/hooks';

interface AddressFieldProps {
  /** The address in use: saved here, else the build's, else null. */
  readonly value: string | null;
  readonly builtIn: string | null;
  /** Returns an error message, or null when saved. */
  readonly onSave: (address: string) => string | null;
}

/** Where the phone app lives, so the QR can be a link that opens it. */
export function AddressField({ value, builtIn, onSave }: AddressFieldProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <form
      class="field handoff-address"
      onSubmit={(event) => {
        event.preventDefault();
        const error = onSave(draft);
        setMessage(
          error
            ? { ok: false, text: error }
            : { ok: true, text: draft.trim() ? 'Saved.' : 'Cleared.' },
        );
      }}
    >
      <label for="pwa-address">Phone app address (optional)</label>
      <span class="row">
        <input
          id="pwa-address"
          type="url"
          inputMode="url"
          placeholder={builtIn ?? 'https://you.github.io/backend-path/'}
          value={draft}
          onInput={(event) => setDraft(event.currentTarget.value)}
        />
        <button type="submit" class="btn">
          Save address
        </button>
      </span>
      <span class="muted small">
        Where you host the Backend Path PWA. With it, the QR code is a link the phone’s camera
        opens; without it, the QR holds the code for Receive to scan.
      </span>
      <span class="status-line" role="status" aria-live="polite">
        {message?.ok && <span class="status-ok">{message.text}</span>}
      </span>
      <span class="status-line" role="alert">
        {message && !message.ok && <span class="error-text">{message.text}</span>}
      </span>
    </form>
  );
}
