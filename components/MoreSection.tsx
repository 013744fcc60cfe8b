import type { ComponentChildren } from 'preact';

interface MoreSectionProps {
  readonly open: boolean;
  readonly onToggle: () => void;
  /** What "More" holds, named on the button so nobody has to open it to find out. */
  readonly contents: readonly string[];
  readonly children: ComponentChildren;
}

/** Everything beyond today's task, one click (or `m`) away. */
export function MoreSection({ open, onToggle, contents, children }: MoreSectionProps) {
  return (
    <section class="more" aria-label="More for today">
      <button
        type="button"
        class="btn more-toggle"
        aria-expanded={open}
        aria-controls="more-cards"
        data-testid="more-toggle"
        aria-keyshortcuts="m"
        onClick={onToggle}
      >
        <span>{open ? 'Less' : 'More'}</span>
        {contents.length > 0 && (
          <span class="muted small more-contents">{contents.join(' · ')}</span>
        )}
        <span class="kbd" aria-hidden="true">
          m
        </span>
      </button>
      <div id="more-cards" class="more-cards" hidden={!open}>
        {open && children}
      </div>
    </section>
  );
}
