import { Fragment } from 'preact';
import {
  describeHeatmapDay,
  type HeatmapCell,
  type HeatmapWeek,
  heatLevel,
  heatmapMonthLabels,
} from '../utils/streak';

/** Monday-first rows; every other one is named, as on a wall calendar, so the labels stay quiet. */
const WEEKDAY_LABELS = ['Mon', '', 'Wed', '', 'Fri', '', ''] as const;

export function heatCellClass(cell: HeatmapCell): string {
  if (cell.future) return 'heat heat-none';
  return `heat heat-${heatLevel(cell.count)}${cell.dayOff ? ' heat-off' : ''}`;
}

/**
 * The drawing: one column a week under the month names, weekday names at the side.
 * The caller hides it from screen readers, which get the same days in words.
 */
export function HeatmapGrid({ weeks }: { readonly weeks: readonly HeatmapWeek[] }) {
  const months = new Map(heatmapMonthLabels(weeks).map(({ column, label }) => [column, label]));
  return (
    <div
      class="heatmap-grid"
      // Columns shrink, up to the same size each, when a year is wider than the card.
      style={{ gridTemplateColumns: `auto repeat(${weeks.length}, minmax(0, 12px))` }}
    >
      <span />
      {WEEKDAY_LABELS.map((label, row) => (
        <span class="heatmap-weekday" key={row}>
          {label}
        </span>
      ))}
      {weeks.map((week, column) => (
        <Fragment key={week[0]?.date ?? column}>
          <span class="heatmap-month">{months.get(column)}</span>
          {week.map((cell) => (
            <span
              key={cell.date}
              class={heatCellClass(cell)}
              title={cell.future ? undefined : describeHeatmapDay(cell)}
            />
          ))}
        </Fragment>
      ))}
    </div>
  );
}
