/**
 * The popup's first paint is laid out as its live page will be: for a learner who is behind,
 * the heading already carries the status, so nothing moves when the store answers.
 */
import { describe, expect, it } from 'vitest';
import {
  dayChecklist,
  editableBoxes,
  extensionPerTest,
  finishOnboarding,
  popupChecklist,
} from '../support/browser/extension-steps';

interface ShiftWindow {
  layoutShifts?: { value: number; nodes: string[] }[];
}

/** Collects every layout shift from the page's first frame. */
function recordLayoutShifts(): void {
  const page = window as ShiftWindow;
  page.layoutShifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      sources?: { node?: Node | null }[];
    })[])
      page.layoutShifts?.push({
        value: entry.value,
        nodes: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?'),
      });
  }).observe({ type: 'layout-shift', buffered: true });
}

describe('the popup’s start-up shell', () => {
  const onExtension = extensionPerTest();

  it('paints a behind learner’s heading as the live popup words it, with no layout shift', async () => {
    const session = await onExtension('2026-03-12T09:00:00Z');
    const first = await session.open('newtab.html');
    await finishOnboarding(first, { planId: 'plan-20', language: 'python' });
    await editableBoxes(dayChecklist(first, 1)).first().waitFor();
    // Three days later with nothing ticked: day 4, three study days behind.
    await session.context.clock.setFixedTime(new Date('2026-03-15T09:00:00Z'));
    await first.reload();
    await editableBoxes(dayChecklist(first, 4)).first().waitFor();
    await first.close();

    const popup = await session.open('popup.html', {
      beforeLoad: (page) => page.addInitScript(recordLayoutShifts),
    });
    const heading = popup.getByTestId('day-heading');
    await heading.waitFor();
    const painted = await heading.textContent();
    await editableBoxes(popupChecklist(popup)).first().waitFor();
    // Two frames after the live popup took over, its shifts (if any) have been reported.
    const shifts = await popup.evaluate(
      () =>
        new Promise<ShiftWindow['layoutShifts']>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve((window as ShiftWindow).layoutShifts)),
          ),
        ),
    );
    expect(painted).toBe('Day 4 of 20 · behind by 3 study days');
    expect(await heading.textContent()).toBe(painted);
    expect(shifts).toEqual([]);
  });
});
