import { useState } from 'preact/hooks';
import type { LocalDate } from '../utils/date';
import { SubViewHead } from './SubViewHead';

export interface NoteEntry {
  readonly date: LocalDate;
  /** e.g. "Tue 3 Dec 2026 · Day 12" */
  readonly label: string;
  readonly text: string;
}

interface NotesListProps {
  /** Newest first. */
  readonly notes: readonly NoteEntry[];
  readonly onBack: () => void;
}

function matches(note: NoteEntry, query: string): boolean {
  const wanted = query.trim().toLocaleLowerCase();
  return (
    wanted === '' ||
    note.text.toLocaleLowerCase().includes(wanted) ||
    note.label.toLocaleLowerCase().includes(wanted)
  );
}

/** Every day's note, newest first, with a search box. */
export function NotesList({ notes, onBack }: NotesListProps) {
  const [query, setQuery] = useState('');
  const shown = notes.filter((note) => matches(note, query));
  return (
    <section class="card sub-view notes-view" aria-labelledby="sub-view-heading">
      <SubViewHead title="Your notes" onBack={onBack} />
      {notes.length === 0 ? (
        <p class="muted">No notes yet. Write one under "More" on any day.</p>
      ) : (
        <>
          <label class="notes-search">
            <span>Search notes</span>
            <input
              type="search"
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
          </label>
          <p class="small muted" aria-live="polite">
            {shown.length === notes.length
              ? `${notes.length.toLocaleString('en')} ${notes.length === 1 ? 'note' : 'notes'}`
              : `${shown.length.toLocaleString('en')} of ${notes.length.toLocaleString('en')} notes match`}
          </p>
          <ol class="notes-list">
            {shown.map((note) => (
              <li key={note.date}>
                <h2 class="sub">
                  <time dateTime={note.date}>{note.label}</time>
                </h2>
                <p class="note-text" dir="auto">
                  {note.text}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
