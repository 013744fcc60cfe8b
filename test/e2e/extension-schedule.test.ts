/**
 * The built extension's new tab from first run to the plan's end, with the date and
 * time zone fixed per scenario. Each scenario starts from a fresh profile.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { getPlan, wordingFor } from '../../utils/curriculum';
import type { PlanId } from '../../utils/curriculum/types';
import {
  closeWatched,
  dayChecklist,
  dayHeading,
  editableBoxes,
  finishOnboarding,
  focusArea,
  launchWatchedExtension,
  popupChecklist,
  type WatchedSession,
} from '../support/browser/extension-steps';

let session: WatchedSession | undefined;

async function start(timezone: string, now: string): Promise<WatchedSession> {
  session = await launchWatchedExtension({ timezone });
  // Date only: timers keep running, so Dexie and Preact behave as usual.
  await session.context.clock.setFixedTime(new Date(now));
  return session;
}

afterEach(async () => {
  const finished = session;
  session = undefined;
  if (finished) expect(await closeWatched(finished)).toEqual({ requests: [], errors: [] });
});

function dayOne(planId: PlanId) {
  const day = getPlan(planId).phases[0]?.days[0];
  if (!day) throw new Error(`${planId} has no day 1`);
  return day;
}

describe('new tab schedule', () => {
  it('walks a first-time user from onboarding to day 1 in their language', async () => {
    const { open } = await start('UTC', '2026-03-12T09:00:00Z');
    const page = await open('newtab.html');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Become a back-end developer, one day at a time');

    await finishOnboarding(page, { planId: 'plan-20', language: 'python' });

    expect(await dayHeading(page).textContent()).toBe('Day 1 of 20');
    expect(await focusArea(page).textContent()).toBe('Programming Fundamentals');
    const checklist = dayChecklist(page, 1);
    await checklist.waitFor();
    const shown = await checklist.locator('.item-text').allTextContents();
    const planDay = dayOne('plan-20');
    expect(shown).toEqual(planDay.items.map((item) => wordingFor(item, 'python')));
    const pythonOnly = planDay.items.find((item) => item.byLanguage?.python);
    expect(pythonOnly, 'day 1 of the sprint has a Python wording').toBeDefined();
    if (pythonOnly) expect(shown).not.toContain(pythonOnly.text);
  });

  it.each([
    {
      name: '60-day plan, day 12, New York',
      timezone: 'America/New_York',
      now: '2026-03-12T09:00:00-04:00',
      planId: 'plan-60',
      startDate: '2026-03-01',
      heading: 'Day 12 of 60',
      focus: 'Database Fundamentals',
      range: '(days 11–15)',
    },
    {
      name: '90-day plan, day 30, Tokyo',
      timezone: 'Asia/Tokyo',
      now: '2026-03-30T08:00:00+09:00',
      planId: 'plan-90',
      startDate: '2026-03-01',
      heading: 'Day 30 of 90',
      focus: 'API Development',
      range: '(days 29–35)',
    },
    {
      // 00:30 CEST is still the 29th in UTC, and the clocks went forward on the 29th.
      name: 'across the DST change, just after midnight in Berlin',
      timezone: 'Europe/Berlin',
      now: '2026-03-30T00:30:00+02:00',
      planId: 'plan-60',
      startDate: '2026-03-28',
      heading: 'Day 3 of 60',
      focus: 'Programming Fundamentals',
      range: '(days 1–5)',
    },
  ] satisfies {
    name: string;
    timezone: string;
    now: string;
    planId: PlanId;
    startDate: string;
    heading: string;
    focus: string;
    range: string;
  }[])('shows the right day and phase: $name', async (scenario) => {
    const { open } = await start(scenario.timezone, scenario.now);
    const page = await open('newtab.html');
    await finishOnboarding(page, {
      planId: scenario.planId,
      language: 'javascript',
      startDate: scenario.startDate,
    });
    expect(await dayHeading(page).textContent()).toBe(scenario.heading);
    expect(await focusArea(page).textContent()).toBe(scenario.focus);
    expect(await page.locator('.day-card .focus .muted').textContent()).toBe(scenario.range);

    const popup = await open('popup.html');
    await editableBoxes(popupChecklist(popup)).first().waitFor();
    // Nothing is ticked: the popup's one line adds how far behind, counted in study days.
    const day = Number(/^Day (\d+)/.exec(scenario.heading)?.[1]);
    const behind = day - 1;
    expect(await dayHeading(popup).textContent()).toBe(
      behind === 0
        ? scenario.heading
        : `${scenario.heading} · behind by ${behind} study ${behind === 1 ? 'day' : 'days'}`,
    );
    expect(await focusArea(popup).textContent()).toBe(scenario.focus);
  });

  it('counts down before the start and offers the next plan after the end', async () => {
    const { open, context } = await start('UTC', '2026-03-12T09:00:00Z');
    const page = await open('newtab.html');
    await finishOnboarding(page, {
      planId: 'plan-20',
      language: 'java',
      startDate: '2026-03-15',
    });
    expect(await dayHeading(page).textContent()).toBe('Starts in 3 days');
    expect(await focusArea(page).textContent()).toBe('Programming Fundamentals');
    expect(await page.locator('.preview-list li').allTextContents()).toEqual(
      dayOne('plan-20').items.map((item) => wordingFor(item, 'java')),
    );

    // Day 20 was 2026-04-03; a reload on the 10th finds the planned days over, every item open.
    await context.clock.setFixedTime(new Date('2026-04-10T09:00:00Z'));
    await page.reload();
    await expect.poll(() => dayHeading(page).textContent()).toBe('Time’s up, 76 items left');
    // Finishing comes first; the next plan is offered beside it, once the store has answered.
    await page.getByRole('button', { name: 'Finish the remaining 76 items' }).waitFor();
    await page.getByRole('button', { name: 'Or start 60-day steady path today' }).click();
    await expect.poll(() => dayHeading(page).textContent()).toBe('Day 1 of 60');
  });

  it('says how far behind the user is and catches up without losing ticks', async () => {
    const { open } = await start('UTC', '2026-03-12T09:00:00Z');
    const page = await open('newtab.html');
    await finishOnboarding(page, {
      planId: 'plan-60',
      language: 'javascript',
      startDate: '2026-03-08',
    });
    expect(await dayHeading(page).textContent()).toBe('Day 5 of 60');
    // Days 1–4 are past and untouched; today (day 5) being open does not count.
    const behind = page.getByTestId('behind-pill').locator('.state-pill-text');
    await expect.poll(() => behind.textContent()).toBe('Behind by 4 study days');

    // The whole plan waits under "More".
    await page.getByTestId('more-toggle').click();
    await page.getByRole('button', { name: /^Open day 1:/ }).click();
    await expect.poll(() => dayHeading(page).textContent()).toBe('Day 1 of 60');
    await page.getByRole('button', { name: 'Mark the whole day complete' }).click();
    await page.getByRole('button', { name: /^Open day 1: .*\(complete\)$/ }).waitFor();
    // The pill sits beside today's heading.
    await page.getByRole('button', { name: 'Back to today' }).click();
    await expect.poll(() => dayHeading(page).textContent()).toBe('Day 5 of 60');
    await expect.poll(() => behind.textContent()).toBe('Behind by 3 study days');

    await page.getByRole('button', { name: 'Continue from day 2' }).click();
    await expect.poll(() => page.getByTestId('behind-pill').count()).toBe(0);
    await expect.poll(() => dayHeading(page).textContent()).toBe('Day 2 of 60');
    expect(await page.locator('.eyebrow').first().textContent()).toContain('Today');
    expect(await page.getByRole('button', { name: /^Open day 1: .*\(complete\)$/ }).count()).toBe(
      1,
    );
  });
});
