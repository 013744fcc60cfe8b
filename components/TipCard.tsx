import type { TipOrigin } from '../utils/curriculum/types';

const ORIGIN_LABEL: Record<TipOrigin, string> = {
  skill: 'Skill',
  responsibility: 'On the job',
  step: 'Next step',
  'work-hours': 'Work life',
  'pros-cons': 'Worth knowing',
};

interface TipCardProps {
  readonly text: string;
  readonly origin: TipOrigin;
  readonly onAnother: () => void;
}

export function TipCard({ text, origin, onAnother }: TipCardProps) {
  return (
    <section class="card tip-card" aria-labelledby="tip-heading">
      <h2 id="tip-heading">Tip of the day</h2>
      <p class="eyebrow">{ORIGIN_LABEL[origin]}</p>
      <p class="tip-text" aria-live="polite" data-testid="tip-text">
        {text}
      </p>
      <button type="button" class="btn btn-quiet" onClick={onAnother}>
        Another tip
      </button>
    </section>
  );
}
