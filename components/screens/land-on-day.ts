/**
 * Brings the day's heading into view and gives it focus, so a day opened from far down
 * the page (or right after onboarding) is where the learner looks, with or without a mouse.
 */
export function landOnDayHeading(): void {
  const heading =
    document.getElementById('day-heading') ?? document.getElementById('sub-view-heading');
  if (!heading) return;
  // The day card leads the page: the top of the page shows it whole, with any notice above it.
  window.scrollTo({ top: 0 });
  if (heading.getBoundingClientRect().bottom > window.innerHeight) {
    heading.scrollIntoView({ block: 'start' });
  }
  heading.focus({ preventScroll: true });
}
