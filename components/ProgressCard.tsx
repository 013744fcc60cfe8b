import type { HeatmapWeek } from '../utils/streak';
import { formatCount } from './format-count';
import { Heatmap } from './Heatmap';
import { streakText } from './streak-text';

export interface ProgressCardModel {
  readonly overall: { readonly resolved: number; readonly total: number };
  readonly phase: {
    readonly resolved: number;
    readonly total: number;
    readonly focus: string;
  } | null;
  readonly streak: { readonly current: number; readonly best: number; readonly todayDone: boolean };
  readonly freezes: {
    readonly banked: number;
    /** e.g. "Tue 10 Mar" for each missed day a freeze covered in the current streak. */
    readonly coveredLabels: readonly string[];
  };
  /** The last YEAR_HEATMAP_WEEKS weeks, oldest first. */
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

function FreezeLine({ banked, coveredLabels }: ProgressCardModel['freezes']) {
  if (banked === 0 && coveredLabels.length === 0) return null;
  const covered =
    coveredLabels.length === 0
      ? null
      : coveredLabels.length === 1
        ? `A streak freeze covered ${coveredLabels[0]}.`
        : `Streak freezes covered ${coveredLabels.join(' and ')}.`;
  return (
    <p class="muted small" data-testid="streak-freezes">
      {covered}
      {covered && banked > 0 ? ' ' : ''}
      {banked > 0 ? `${banked} ${banked === 1 ? 'freeze' : 'freezes'} banked.` : ''}
    </p>
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
        <strong>{streakText(streak.current)}</strong>
        <span class="muted">
          {' '}
          · best {formatCount(streak.best)}
          {streak.current > 0 && !streak.todayDone ? ' · tick one item today to keep it going' : ''}
        </span>
      </p>
      <FreezeLine banked={model.freezes.banked} coveredLabels={model.freezes.coveredLabels} />
      <Heatmap weeks={model.heatmap} />
    </section>
  );
}
