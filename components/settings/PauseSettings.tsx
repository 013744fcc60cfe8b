import { useState } from 'preact/hooks';
import type { LocalDate } from '../../utils/date';
import type { StartDateBounds } from '../../utils/start-date';
import type { SaveStatus } from '../hooks/use-section-save';
import { StartDateField } from '../StartDateField';
import { PauseList, type PauseListRow } from './PauseList';
import { SaveStatusLine } from './StatusLine';

export type { PauseListRow } from './PauseList';

/** What became of a pause asked for: saved, refused (and why, at which field), or not written. */
export type PauseAddOutcome =
  | { readonly kind: 'saved' | 'failed' }
  | { readonly kind: 'invalid'; readonly field: 'from' | 'until'; readonly message: string };

interface PauseSettingsProps {
  readonly rows: readonly PauseListRow[];
  /** Today, YYYY-MM-DD: the earliest day a pause may begin. */
  readonly today: LocalDate;
  /** The date inputs' `min` and `max`: from today, no further than the start date may go. */
  readonly bounds: StartDateBounds;
  /** `until` null: until the learner resumes. */
  readonly onAdd: (from: string, until: string | null) => Promise<PauseAddOutcome>;
  readonly onResume: () => void;
  readonly onRemove: (key: string) => void;
  readonly status: SaveStatus;
}

type FieldError = { readonly field: 'from' | 'until' | 'now'; readonly message: string } | null;

/** Time away: "I'm away from … to …", "Pause from today", and the pauses now and to come. */
export function PauseSettings({
  rows,
  today,
  bounds,
  onAdd,
  onResume,
  onRemove,
  status,
}: PauseSettingsProps) {
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [error, setError] = useState<FieldError>(null);
  const [busy, setBusy] = useState(false);
  const pausedNow = rows.some((row) => row.when === 'now');

  const add = async (fromValue: string, untilValue: string | null) => {
    setBusy(true);
    setError(null);
    const outcome = await onAdd(fromValue, untilValue);
    setBusy(false);
    if (outcome.kind === 'invalid')
      setError({ field: untilValue === null ? 'now' : outcome.field, message: outcome.message });
    // What was typed stays until it is saved: a refusal or a failed write loses nothing.
    if (outcome.kind === 'saved' && untilValue !== null) {
      setFrom('');
      setUntil('');
    }
  };
  const errorOf = (field: 'from' | 'until' | 'now') =>
    error?.field === field ? error.message : null;
  const dateField = (
    field: 'from' | 'until',
    label: string,
    value: string,
    set: (v: string) => void,
  ) => (
    <StartDateField
      id={`pause-${field}`}
      label={label}
      value={value}
      bounds={bounds}
      error={errorOf(field)}
      errorNote="Nothing was saved."
      onInput={set}
    />
  );

  return (
    <section class="card settings-section" aria-labelledby="pause-heading">
      <h2 id="pause-heading">Time away</h2>
      <p class="muted small settings-note">
        While you are away nothing is due and your streak is safe; the plan waits and goes on from
        the day you stopped at. Pauses apply from today on: days already lived keep their plan days.
      </p>
      <PauseList rows={rows} onResume={onResume} onRemove={onRemove} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add(from, until);
        }}
      >
        <fieldset disabled={busy}>
          <legend>I’m away</legend>
          {dateField('from', 'From (first day away)', from, setFrom)}
          {dateField('until', 'To (last day away)', until, setUntil)}
          <button type="submit" class="btn">
            Add pause
          </button>
        </fieldset>
      </form>
      {!pausedNow && (
        <p class="field">
          <button
            type="button"
            class="btn btn-quiet"
            disabled={busy}
            aria-describedby="pause-now-help"
            onClick={() => void add(today, null)}
          >
            Pause from today
          </button>{' '}
          <span id="pause-now-help" class="muted small">
            Until you press Resume, here or on the new tab.
          </span>
          {errorOf('now') && <span class="error-text">{errorOf('now')}</span>}
        </p>
      )}
      <SaveStatusLine status={status} />
    </section>
  );
}
