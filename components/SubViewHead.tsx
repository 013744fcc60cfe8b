/** The heading of a view of its own (every note, the career facts), with the way back. */
export function SubViewHead({ title, onBack }: { title: string; onBack: () => void }) {
  return (
    <div class="row sub-view-head">
      <h1 id="sub-view-heading" tabIndex={-1}>
        {title}
      </h1>
      <button type="button" class="btn" onClick={onBack}>
        Back to today
      </button>
    </div>
  );
}
