import { useState } from 'preact/hooks';
import { CodeText } from './CodeText';

export interface SelfCheckView {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
}

function Question({ check }: { check: SelfCheckView }) {
  const [shown, setShown] = useState(false);
  const answerId = `${check.id}-answer`;
  return (
    <li class="self-check-item">
      <p class="self-check-question">
        <CodeText text={check.question} />
      </p>
      <button
        type="button"
        class="btn btn-quiet"
        aria-expanded={shown}
        aria-controls={answerId}
        onClick={() => setShown((open) => !open)}
      >
        {shown ? 'Hide the answer' : 'Show the answer'}
      </button>
      <p id={answerId} class="self-check-answer" hidden={!shown}>
        <CodeText text={check.answer} />
      </p>
    </li>
  );
}

/** "Check yourself": the day's questions, each answer shown only on request. */
export function SelfCheck({ checks }: { checks: readonly SelfCheckView[] }) {
  if (checks.length === 0) return null;
  return (
    <section class="card self-check" aria-labelledby="self-check-heading">
      <h2 id="self-check-heading">Check yourself</h2>
      <ol class="self-check-list">
        {checks.map((check) => (
          <Question key={check.id} check={check} />
        ))}
      </ol>
    </section>
  );
}
