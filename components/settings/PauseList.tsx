export interface PauseListRow {
  readonly key: string;
  /** "From Monday, 1 December to Sunday, 7 December". */
  readonly text: string;
  /** Now: "Resume today"; upcoming: "Remove". */
  readonly when: 'now' | 'upcoming';
}

interface PauseListProps {
  readonly rows: readonly PauseListRow[];
  readonly onResume: () => void;
  readonly onRemove: (key: string) => void;
}

/** The pauses today is in or still to come, each with its way out. */
export function PauseList({ rows, onResume, onRemove }: PauseListProps) {
  return rows.length > 0 ? (
    <ul class="pause-list" aria-label="Your pauses">
      {rows.map((row) => (
        <li key={row.key} data-testid="pause-row">
          <span>{row.when === 'now' ? `Paused now: ${row.text}` : row.text}</span>{' '}
          {row.when === 'now' ? (
            <button type="button" class="btn btn-small" onClick={onResume}>
              Resume today
            </button>
          ) : (
            <button type="button" class="btn btn-small btn-quiet" onClick={() => onRemove(row.key)}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  ) : (
    <p class="muted small">No pause planned.</p>
  );
}
