import { formatMinutes } from './format-minutes';

/** The phase's goal and the day's study time, under the day's title. */
export function DayStudySummary({ goal, minutes }: { goal: string; minutes: number | null }) {
  return (
    <div class="day-study-summary">
      <p class="phase-goal">
        <strong>Phase goal:</strong> {goal}
      </p>
      {minutes !== null && (
        <p class="muted small">About {formatMinutes(minutes)} of study today.</p>
      )}
    </div>
  );
}
