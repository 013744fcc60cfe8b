/**
 * Performance marks for the benchmark, set the moment the DOM reaches each state:
 * `task-visible` when a checklist row (today's task text) is in the page,
 * `checklist-ready` when that checklist stops being busy (the saved ticks are shown).
 */
export const TASK_VISIBLE_MARK = 'task-visible';
export const CHECKLIST_READY_MARK = 'checklist-ready';

export function watchStartupMarks(root: Element): void {
  let taskVisible = false;
  const check = (): boolean => {
    if (!taskVisible && root.querySelector('.checklist li')) {
      performance.mark(TASK_VISIBLE_MARK);
      taskVisible = true;
    }
    if (taskVisible && root.querySelector('.checklist[aria-busy="false"]')) {
      performance.mark(CHECKLIST_READY_MARK);
      return true;
    }
    return false;
  };
  if (check()) return;
  const observer = new MutationObserver(() => {
    if (check()) observer.disconnect();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });
}
