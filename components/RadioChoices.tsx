export interface RadioChoice<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** A second, quieter line under the label. */
  readonly hint?: string;
  /** The id of a longer description elsewhere on the page. */
  readonly describedBy?: string;
}

interface RadioChoicesProps<Id extends string> {
  readonly name: string;
  readonly choices: readonly RadioChoice<Id>[];
  readonly value: Id;
  readonly onChange: (id: Id) => void;
  /** Side by side for short labels; stacked when choices carry a hint. */
  readonly inline?: boolean;
  /** Side by side as bordered cards where there is room, stacked on a phone. */
  readonly cards?: boolean;
}

/** One radio per choice, each a full-size label target; the caller supplies the fieldset. */
export function RadioChoices<Id extends string>({
  name,
  choices,
  value,
  onChange,
  inline = false,
  cards = false,
}: RadioChoicesProps<Id>) {
  const options = choices.map((choice) => (
    <label
      class={cards ? 'choice choice-card' : inline ? 'choice choice-inline' : 'choice'}
      key={choice.id}
    >
      <input
        type="radio"
        name={name}
        value={choice.id}
        checked={value === choice.id}
        aria-describedby={choice.describedBy}
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
  if (cards) return <div class="choice-cards">{options}</div>;
  return inline ? <div class="row">{options}</div> : options;
}
