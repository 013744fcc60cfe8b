export interface DayCompletion {
  readonly day: number;
  /** "Tomorrow: Day 13 — Joins", or the plan's last-day line. */
  readonly next: string;
}

interface DayCompleteNoticeProps {
  readonly completion: DayCompletion;
  /** Absent once the undo is no longer possible (the day changed since). */
  readonly onUndo?: () => void;
  readonly onDismiss: () => void;
}

/** A short, quiet acknowledgement after "Mark the whole day complete", with its undo. */
export function DayCompleteNotice({ completion, onUndo, onDismiss }: DayCompleteNoticeProps) {
  return (
    <div class="day-complete" role="status" data-testid="day-complete">
      <p class="day-complete-line">
        <span class="day-complete-mark" aria-hidden="true">
          ✓
        </span>{' '}
        <strong>Day {completion.day} complete.</strong> {completion.next}
      </p>
      <div class="row">
        {onUndo && (
          <button type="button" class="btn btn-small" onClick={onUndo}>
            Undo
          </button>
        )}
        <button type="button" class="btn btn-quiet btn-small" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
