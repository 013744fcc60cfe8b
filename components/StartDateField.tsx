interface StartDateFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** Why the date cannot be used, or null. */
  readonly error: string | null;
  /** Added after the error, e.g. "Nothing was saved." */
  readonly errorNote?: string;
  readonly required?: boolean;
  readonly onInput: (value: string) => void;
}

/** The plan's start date, with its error tied to the input for screen readers. */
export function StartDateField({
  id,
  label,
  value,
  error,
  errorNote,
  required = false,
  onInput,
}: StartDateFieldProps) {
  const errorId = `${id}-error`;
  return (
    <p class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
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
    </p>
  );
}
