import { useEffect, useRef, useState } from 'preact/hooks';

interface NoteCardProps {
  /** "Note for today", or the viewed day's own label. */
  readonly label: string;
  /** The saved note, live from the store. */
  readonly savedText: string;
  readonly maxLength: number;
  /** Resolves when stored; rejects with a message for the user. */
  readonly onSave: (text: string) => Promise<void>;
}

type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

const SAVE_DELAY_MS = 600;

/** Grows the box with its text, so a long note never hides behind a scrollbar. */
function fitHeight(box: HTMLTextAreaElement | null) {
  if (!box) return;
  box.style.height = 'auto';
  box.style.height = `${box.scrollHeight + 2}px`;
}

export function NoteCard({ label, savedText, maxLength, onSave }: NoteCardProps) {
  const [draft, setDraft] = useState(savedText);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const lastSaved = useRef(savedText);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => fitHeight(box.current), [draft]);

  // Another view changed the note: follow it unless the user has unsaved typing here.
  useEffect(() => {
    if (draft === lastSaved.current) setDraft(savedText);
    lastSaved.current = savedText;
  }, [savedText]);

  const save = (text: string) => {
    clearTimeout(timer.current);
    if (text === lastSaved.current) return;
    setStatus({ kind: 'saving' });
    onSave(text).then(
      () => {
        lastSaved.current = text;
        setStatus({ kind: 'saved' });
      },
      (error: unknown) =>
        setStatus({
          kind: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
  };

  useEffect(() => () => clearTimeout(timer.current), []);

  const onInput = (text: string) => {
    setDraft(text);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => save(text), SAVE_DELAY_MS);
  };

  return (
    <section class="card note-card" aria-labelledby="note-heading">
      <h2 id="note-heading">
        <label for="day-note">{label}</label>
      </h2>
      <textarea
        ref={box}
        id="day-note"
        dir="auto"
        value={draft}
        maxLength={maxLength}
        placeholder="What did you learn? What is still fuzzy?"
        aria-describedby="note-status"
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={() => save(draft)}
      />
      <p id="note-status" class="small muted" aria-live="polite">
        {status.kind === 'saving' && 'Saving…'}
        {status.kind === 'saved' && 'Saved on this device.'}
        {status.kind === 'error' && (
          <span class="error-text">Not saved: {status.message} Your text is still here.</span>
        )}
        {status.kind === 'idle' &&
          `${draft.length.toLocaleString()} / ${maxLength.toLocaleString()} characters`}
      </p>
    </section>
  );
}
