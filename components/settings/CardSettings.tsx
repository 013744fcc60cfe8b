import { useEffect, useState } from 'preact/hooks';
import { CARD_LABELS, visibilityOf } from '../../utils/model/card-choices';
import {
  CARD_IDS,
  type CardSettings as CardChoices,
  type CardId,
  type CardVisibility,
} from '../../utils/model/cards';
import type { SaveStatus } from '../hooks/use-section-save';
import { RadioChoices } from '../RadioChoices';
import { SaveStatusLine } from './StatusLine';

const VISIBILITY_CHOICES: readonly { readonly id: CardVisibility; readonly label: string }[] = [
  { id: 'show', label: 'Always' },
  { id: 'phase', label: 'When a phase begins' },
  { id: 'hide', label: 'Only under More' },
];

interface CardSettingsProps {
  readonly cards: CardChoices | undefined;
  readonly onChange: (id: CardId, shown: CardVisibility) => void;
  readonly status: SaveStatus;
  readonly careerLink: string;
}

/** Which extra cards the day view shows under today's task; the rest wait under "More". */
export function CardSettings({ cards, onChange, status, careerLink }: CardSettingsProps) {
  // The choice shows at once; the stored profile (live, also from other tabs) takes over after.
  const [shown, setShown] = useState<CardChoices | undefined>(cards);
  useEffect(() => setShown(cards), [cards]);
  return (
    <section class="card settings-section" aria-labelledby="cards-heading">
      <h2 id="cards-heading">The day view</h2>
      <p class="muted small settings-note">
        Today's task always comes first. Choose what else shows under it on every new tab; the rest
        is one click away under “More” (or press <kbd>m</kbd>).
      </p>
      {CARD_IDS.map((id) => (
        <fieldset key={id} class="card-choice">
          <legend>{CARD_LABELS[id]}</legend>
          <RadioChoices
            name={`card-${id}`}
            choices={VISIBILITY_CHOICES}
            value={visibilityOf(shown, id)}
            onChange={(next) => {
              setShown((current) => ({ ...current, [id]: next }));
              onChange(id, next);
            }}
            inline
          />
        </fieldset>
      ))}
      <p class="small">
        <a href={careerLink}>Read the career facts</a>: pay, work hours, pros and cons, with their
        sources.
      </p>
      <SaveStatusLine status={status} />
    </section>
  );
}
