export interface TimelineDay {
  readonly day: number;
  readonly title: string;
  readonly complete: boolean;
}

export interface TimelinePhase {
  readonly id: string;
  readonly focus: string;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly resolved: number;
  readonly total: number;
  readonly days: readonly TimelineDay[];
}

interface PlanTimelineProps {
  readonly title: string;
  readonly phases: readonly TimelinePhase[];
  /** Today's plan day, or null before the start / after the end. */
  readonly todayDay: number | null;
  readonly selectedDay: number | null;
  readonly onOpenDay: (day: number) => void;
}

export function PlanTimeline({
  title,
  phases,
  todayDay,
  selectedDay,
  onOpenDay,
}: PlanTimelineProps) {
  return (
    <section class="card timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{title}</h2>
      <ol class="timeline-phases">
        {phases.map((phase) => {
          const current =
            todayDay !== null && todayDay >= phase.firstDay && todayDay <= phase.lastDay;
          const done = phase.total > 0 && phase.resolved === phase.total;
          return (
            <li
              key={phase.id}
              class={`timeline-phase${current ? ' is-current' : ''}${done ? ' is-done' : ''}`}
            >
              <details open={current}>
                <summary aria-current={current ? 'step' : undefined}>
                  <span class="phase-days">
                    {phase.firstDay === phase.lastDay
                      ? `Day ${phase.firstDay}`
                      : `Days ${phase.firstDay}–${phase.lastDay}`}
                  </span>
                  <span class="phase-focus">{phase.focus}</span>
                  <span class="muted phase-count">
                    {phase.resolved}/{phase.total}
                  </span>
                </summary>
                <ul class="timeline-days">
                  {phase.days.map((day) => (
                    <li key={day.day}>
                      <button
                        type="button"
                        class={`day-chip${day.complete ? ' is-complete' : ''}${day.day === todayDay ? ' is-today' : ''}`}
                        aria-pressed={day.day === selectedDay}
                        aria-label={`Open day ${day.day}: ${day.title}${day.complete ? ' (complete)' : ''}${day.day === todayDay ? ' (today)' : ''}`}
                        data-title={`Day ${day.day}: ${day.title}`}
                        onClick={() => onOpenDay(day.day)}
                      >
                        <span aria-hidden="true">{day.complete ? '✓' : day.day}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
