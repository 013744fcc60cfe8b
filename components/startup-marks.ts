/**
 * Performance marks for the benchmark, set the moment the DOM reaches each state:
 * `task-visible` when a checklist row (today's task text) is in the page,
 * `checklist-ready` when the saved ticks are shown: the live checklist stopped being busy,
 * or the new tab's start-up shell shows the ticks it read early (still not editable),
 * `checklist-editable` when the live checklist stopped being busy and takes clicks.
 */
export const TASK_VISIBLE_MARK = 'task-visible';
export const CHECKLIST_READY_MARK = 'checklist-ready';
export const CHECKLIST_EDITABLE_MARK = 'checklist-editable';

const LIVE_CHECKLIST = '.checklist[aria-busy="false"]';
const EARLY_TICKS = '[data-ticks-saved] .checklist';

export function watchStartupMarks(root: Element): void {
  let taskVisible = false;
  let ticksShown = false;
  const check = (): boolean => {
    if (!taskVisible && root.querySelector('.checklist li')) {
      performance.mark(TASK_VISIBLE_MARK);
      taskVisible = true;
    }
    if (!taskVisible) return false;
    const editable = root.querySelector(LIVE_CHECKLIST) !== null;
    if (!ticksShown && (editable || root.querySelector(EARLY_TICKS))) {
      performance.mark(CHECKLIST_READY_MARK);
      ticksShown = true;
    }
    if (editable) performance.mark(CHECKLIST_EDITABLE_MARK);
    return editable;
  };
  if (check()) return;
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-busy', 'data-ticks-saved'],
  });
}
