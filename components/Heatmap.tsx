import { useState } from 'preact/hooks';
import {
  describeHeatmapDay,
  type HeatmapWeek,
  RECENT_HEATMAP_WEEKS,
  YEAR_HEATMAP_WEEKS,
} from '../utils/streak';
import { HeatmapGrid } from './HeatmapGrid';

interface HeatmapProps {
  /** Monday-first columns of seven days, oldest first: a year's worth, the last holding today. */
  readonly weeks: readonly HeatmapWeek[];
}

type Range = 'recent' | 'year';

const RANGES: Record<Range, { readonly weeks: number; readonly label: string }> = {
  recent: { weeks: RECENT_HEATMAP_WEEKS, label: `${RECENT_HEATMAP_WEEKS} weeks` },
  year: { weeks: YEAR_HEATMAP_WEEKS, label: '12 months' },
};

const LEGEND = ['No items', '1 item', '2 items', '3 items', '4 or more items'] as const;

/** Less-to-more swatches; each level's count is in its tooltip. */
function HeatmapLegend() {
  return (
    <p class="heatmap-legend muted small" aria-hidden="true">
      Less
      {LEGEND.map((words, level) => (
        <span key={words} class={`heat heat-${level}`} title={words} />
      ))}
      More
    </p>
  );
}

/**
 * Activity per day over the last weeks or the last 12 months. The grid is drawn for
 * the eye; screen readers get the summary and, on request, the active days in words.
 */
export function Heatmap({ weeks }: HeatmapProps) {
  const [range, setRange] = useState<Range>('recent');
  const shown = weeks.slice(-RANGES[range].weeks);
  const half = Math.ceil(shown.length / 2);
  const activeDays = shown.flat().filter((cell) => !cell.future && cell.count > 0);
  const summary = `${activeDays.length} active ${activeDays.length === 1 ? 'day' : 'days'} in the last ${RANGES[range].label}`;
  return (
    <figure class="heatmap">
      <figcaption class="muted">{summary}</figcaption>
      <fieldset class="heatmap-range">
        <legend class="visually-hidden">Show activity for</legend>
        {(['recent', 'year'] as const).map((id) => (
          <button
            key={id}
            type="button"
            class="heatmap-range-option"
            aria-pressed={range === id}
            onClick={() => setRange(id)}
          >
            {RANGES[id].label}
          </button>
        ))}
      </fieldset>
      {/* A year in two bands of half a year, so the squares and labels keep a readable size. */}
      <div class="heatmap-bands" aria-hidden="true" data-testid="heatmap">
        {(range === 'year' ? [shown.slice(0, half), shown.slice(half)] : [shown]).map((band) => (
          <HeatmapGrid key={band[0]?.[0]?.date ?? ''} weeks={band} />
        ))}
      </div>
      <HeatmapLegend />
      {activeDays.length > 0 && (
        <details class="heatmap-days">
          <summary>Active days in words</summary>
          <ul>
            {activeDays.reverse().map((cell) => (
              <li key={cell.date}>{describeHeatmapDay(cell)}</li>
            ))}
          </ul>
        </details>
      )}
    </figure>
  );
}
