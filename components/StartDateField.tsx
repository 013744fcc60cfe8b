import { useEffect, useRef } from 'preact/hooks';
import type { StartDateBounds } from '../utils/start-date';

export interface StartDateQuestion {
  readonly question: string;
  readonly detail: string;
  /** The two answers; both go ahead at once (the learner already pressed start or save). */
  readonly onStartToday: () => void;
  readonly onKeep: () => void;
}

interface StartDateFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** The input's `min` and `max`. */
  readonly bounds: StartDateBounds;
  /** Why the date cannot be used, or null. */
  readonly error: string | null;
  /** Added after the error, e.g. "Nothing was saved." */
  readonly errorNote?: string;
  /** Asked about a real but unlikely date, or null. */
  readonly question?: StartDateQuestion | null;
  readonly required?: boolean;
  readonly onInput: (value: string) => void;
}

/** The plan's start date, with its error (or question) tied to the input for screen readers. */
export function StartDateField({
  id,
  label,
  value,
  bounds,
  error,
  errorNote,
  question = null,
  required = false,
  onInput,
}: StartDateFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div class="field start-date-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={bounds.min}
        max={bounds.max}
        required={required}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
      {error && (
        <span id={errorId} class="error-text" role="alert">
          {errorNote ? `${error} ${errorNote}` : error}
        </span>
      )}
      {question && <DateQuestion id={`${id}-question`} question={question} />}
    </div>
  );
}

function DateQuestion({ id, question }: { id: string; question: StartDateQuestion }) {
  const first = useRef<HTMLButtonElement>(null);
  // Into the question, on its safe answer: the group's name is read out with it.
  useEffect(() => first.current?.focus(), []);
  return (
    <fieldset class="confirm-box date-question" aria-describedby={`${id}-detail`}>
      <legend>{question.question}</legend>
      <p id={`${id}-detail`}>{question.detail}</p>
      <div class="row">
        <button type="button" class="btn btn-primary" ref={first} onClick={question.onStartToday}>
          Start today
        </button>
        <button type="button" class="btn" onClick={question.onKeep}>
          Keep this date
        </button>
      </div>
    </fieldset>
  );
}
