import type { HeatmapWeek } from '../utils/streak';

interface HeatmapProps {
  /** Monday-first columns of seven days, oldest first. */
  readonly weeks: readonly HeatmapWeek[];
}

function level(count: number): 0 | 1 | 2 | 3 {
  if (count <= 0) return 0;
  if (count < 3) return 1;
  if (count < 6) return 2;
  return 3;
}

export function Heatmap({ weeks }: HeatmapProps) {
  const cells = weeks.flat().filter((cell) => !cell.future);
  const activeDays = cells.filter((cell) => cell.count > 0).length;
  const summary = `${activeDays} active ${activeDays === 1 ? 'day' : 'days'} in the last ${weeks.length} weeks`;
  return (
    <figure class="heatmap" aria-label={summary}>
      <div class="heatmap-grid" aria-hidden="true">
        {weeks.map((week) => (
          <div class="heatmap-week" key={week[0]?.date ?? ''}>
            {week.map((cell) => (
              <span
                key={cell.date}
                class={`heat heat-${cell.future ? 'none' : level(cell.count)}${cell.dayOff ? ' heat-off' : ''}`}
                title={
                  cell.future
                    ? undefined
                    : `${cell.date}: ${cell.count} done${cell.dayOff ? ' (day off)' : ''}`
                }
              />
            ))}
          </div>
        ))}
      </div>
      <figcaption class="muted">{summary}</figcaption>
    </figure>
  );
}
