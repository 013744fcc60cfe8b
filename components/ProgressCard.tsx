import type { HeatmapWeek } from '../utils/streak';
import { Heatmap } from './Heatmap';

export interface ProgressCardModel {
  readonly overall: { readonly resolved: number; readonly total: number };
  readonly phase: {
    readonly resolved: number;
    readonly total: number;
    readonly focus: string;
  } | null;
  readonly streak: { readonly current: number; readonly best: number; readonly todayDone: boolean };
  readonly heatmap: readonly HeatmapWeek[];
}

function percent(resolved: number, total: number): number {
  return total === 0 ? 0 : Math.round((resolved / total) * 100);
}

function Meter({ label, resolved, total }: { label: string; resolved: number; total: number }) {
  const value = percent(resolved, total);
  return (
    <div class="meter">
      <div class="row meter-label">
        <span>{label}</span>
        <span class="muted">
          {resolved}/{total} · {value}%
        </span>
      </div>
      <div
        class="bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
      >
        <span style={{ width: `${value}%` }} />
      </div>
    </div>
  );
}

export function ProgressCard({ model }: { model: ProgressCardModel }) {
  const { streak } = model;
  return (
    <section class="card progress-card" aria-labelledby="progress-heading">
      <h2 id="progress-heading">Progress</h2>
      <Meter label="Whole plan" resolved={model.overall.resolved} total={model.overall.total} />
      {model.phase && (
        <Meter
          label={`Phase: ${model.phase.focus}`}
          resolved={model.phase.resolved}
          total={model.phase.total}
        />
      )}
      <p class="streak" data-testid="streak">
        <strong>
          {streak.current} {streak.current === 1 ? 'day' : 'days'}
        </strong>{' '}
        streak
        <span class="muted">
          {' '}
          · best {streak.best}
          {streak.current > 0 && !streak.todayDone ? ' · tick one item today to keep it going' : ''}
        </span>
      </p>
      <Heatmap weeks={model.heatmap} />
    </section>
  );
}
