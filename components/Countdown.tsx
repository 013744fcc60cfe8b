import type { ChecklistRow } from './Checklist';
import { formatCount } from './format-count';

interface CountdownProps {
  readonly daysUntilStart: number;
  readonly startDateLabel: string;
  readonly planTitle: string;
  readonly focus: string;
  readonly dayTitle: string;
  readonly previewItems: readonly ChecklistRow[];
}

export function Countdown({
  daysUntilStart,
  startDateLabel,
  planTitle,
  focus,
  dayTitle,
  previewItems,
}: CountdownProps) {
  return (
    <section class="card day-card" aria-labelledby="day-heading">
      <p class="eyebrow">{planTitle}</p>
      <h1 id="day-heading" data-testid="day-heading" tabIndex={-1}>
        {daysUntilStart === 1 ? 'Starts tomorrow' : `Starts in ${formatCount(daysUntilStart)} days`}
      </h1>
      <p>
        Day 1 is <time>{startDateLabel}</time>. Here is a preview so you can get ready.
      </p>
      <h2 class="day-title">
        Day 1 · <span data-testid="focus-area">{focus}</span>: {dayTitle}
      </h2>
      <ul class="preview-list">
        {previewItems.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </section>
  );
}
