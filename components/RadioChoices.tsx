export interface RadioChoice<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** A second, quieter line under the label. */
  readonly hint?: string;
}

interface RadioChoicesProps<Id extends string> {
  readonly name: string;
  readonly choices: readonly RadioChoice<Id>[];
  readonly value: Id;
  readonly onChange: (id: Id) => void;
  /** Side by side for short labels; stacked when choices carry a hint. */
  readonly inline?: boolean;
}

/** One radio per choice, each a full-size label target; the caller supplies the fieldset. */
export function RadioChoices<Id extends string>({
  name,
  choices,
  value,
  onChange,
  inline = false,
}: RadioChoicesProps<Id>) {
  const options = choices.map((choice) => (
    <label class={inline ? 'choice choice-inline' : 'choice'} key={choice.id}>
      <input
        type="radio"
        name={name}
        value={choice.id}
        checked={value === choice.id}
        onChange={() => onChange(choice.id)}
      />
      {choice.hint === undefined ? (
        choice.label
      ) : (
        <span>
          <strong>{choice.label}</strong>
          <span class="muted small choice-summary">{choice.hint}</span>
        </span>
      )}
    </label>
  ));
  return inline ? <div class="row">{options}</div> : options;
}
