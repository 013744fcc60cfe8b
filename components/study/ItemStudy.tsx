import type { ResourceKind } from '../../utils/curriculum/types';
import { CodeText } from './CodeText';
import { formatMinutes } from './format-minutes';

export interface StudyResourceView {
  readonly title: string;
  readonly url: string;
  readonly kind: ResourceKind;
}

export interface ItemStudyView {
  readonly why: string;
  readonly minutes: number;
  readonly doneWhen: string;
  readonly resources: readonly StudyResourceView[];
}

const KIND_LABELS: Readonly<Record<ResourceKind, string>> = {
  docs: 'docs',
  tutorial: 'tutorial',
  video: 'video',
  book: 'book',
  tool: 'tool',
};

/**
 * Why an item matters, how long it takes, when it is done, and where to learn it. The
 * minutes always show; the rest opens for the item to do next, one click away for the others,
 * so today's whole checklist fits one screen.
 */
export function ItemStudy({
  study,
  compact = false,
  expanded = false,
}: {
  study: ItemStudyView;
  compact?: boolean;
  /** Opened at first: the next open item. The learner can open or close any of them. */
  expanded?: boolean;
}) {
  if (compact) {
    return <p class="item-study item-study-compact muted small">{formatMinutes(study.minutes)}</p>;
  }
  return (
    <details class="item-study" open={expanded}>
      <summary>
        <span class="item-minutes">{formatMinutes(study.minutes)}</span>{' '}
        <span class="muted small">Why, done when, where to learn</span>
      </summary>
      <p class="item-why">
        <CodeText text={study.why} />
      </p>
      <p class="item-done-when">
        <strong>Done when:</strong> <CodeText text={study.doneWhen} />
      </p>
      <ul class="item-resources" aria-label="Where to learn it">
        {study.resources.map((resource) => (
          <li key={resource.url}>
            <a href={resource.url} target="_blank" rel="noopener noreferrer">
              <CodeText text={resource.title} />
            </a>{' '}
            <span class="muted small">({KIND_LABELS[resource.kind]}, opens in a new tab)</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
