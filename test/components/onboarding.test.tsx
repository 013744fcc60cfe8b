import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { planFacts } from '../../components/plan-facts';
import { SetupScreen } from '../../components/screens/SetupScreen';
import { getPlan } from '../../utils/curriculum';
import { PLAN_IDS } from '../../utils/model/ids';
import { localDate } from '../../utils/model/local-date';
import { freshDatabase, movableClock, renderWithStore } from '../support/render-with-store';

const NOON = Date.UTC(2026, 11, 3, 12);
const TODAY = localDate('2026-12-03');

afterEach(cleanup);

async function showSetup() {
  const db = await freshDatabase();
  renderWithStore(<SetupScreen today={TODAY} />, { db, clock: movableClock(NOON, 'UTC') });
  await screen.findByRole('button', { name: 'Start my plan' });
  return db;
}

function dateInput(): HTMLInputElement {
  return screen.getByLabelText('Start date') as HTMLInputElement;
}

function typeDate(value: string) {
  fireEvent.input(dateInput(), { target: { value } });
}

function start() {
  fireEvent.click(screen.getByRole('button', { name: 'Start my plan' }));
}

describe('onboarding on one screen', () => {
  it('shows each plan as a compact card with its length and hours from the plan data', async () => {
    await showSetup();
    expect(planFacts(getPlan('plan-20'))).toBe('20 days · 2–3 h a day');
    expect(planFacts(getPlan('plan-60'))).toBe('60 days · 1.5–2 h a day');
    const plans = screen.getByRole('group', { name: 'Your plan' });
    for (const id of PLAN_IDS) {
      const plan = getPlan(id);
      const radio = within(plans).getByRole('radio', { name: new RegExp(`^${plan.title}`) });
      expect(radio.closest('label')?.textContent).toBe(`${plan.title}${planFacts(plan)}`);
      // The long summary stays one step away, and is the radio's description.
      expect(
        document.getElementById(radio.getAttribute('aria-describedby') ?? '')?.textContent,
      ).toBe(plan.summary);
    }
    expect(screen.getByRole('group', { name: 'Language you learn with' })).toBeTruthy();
  });

  it('has no Skip that would drop the choices made: Start my plan saves them', async () => {
    const db = await showSetup();
    expect(screen.queryByRole('button', { name: /skip/i })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /^20-day sprint/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Python' }));
    typeDate('2026-12-10');
    start();
    await waitFor(async () => expect(await db.profile.get('profile')).toBeDefined());
    const saved = await db.profile.get('profile');
    expect([saved?.planId, saved?.language, saved?.startDate]).toEqual([
      'plan-20',
      'python',
      '2026-12-10',
    ]);
  });

  it('gives the start date min and max five years either side of today', async () => {
    await showSetup();
    expect(dateInput().min).toBe('2021-12-03');
    expect(dateInput().max).toBe('2031-12-03');
  });

  it('refuses a year with fewer than four digits inline, keeps what was typed, saves nothing', async () => {
    const db = await showSetup();
    fireEvent.click(screen.getByRole('radio', { name: /^90-day deep dive/ }));
    typeDate('0202-12-01');
    start();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'The year “0202” has fewer than four digits: type the whole year, like 2026.',
    );
    expect(dateInput().getAttribute('aria-invalid')).toBe('true');
    expect(dateInput().getAttribute('aria-describedby')).toBe(alert.id);
    expect(dateInput().value).toBe('0202-12-01');
    expect(screen.getByRole('radio', { name: /^90-day deep dive/ })).toHaveProperty(
      'checked',
      true,
    );
    expect(await db.profile.count()).toBe(0);
    // Correcting the date clears the error.
    typeDate('2026-12-04');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a date past the max with the limit in words', async () => {
    const db = await showSetup();
    typeDate('2032-01-01');
    start();
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Choose a start date on or before .*2031/,
    );
    expect(await db.profile.count()).toBe(0);
  });

  it('asks before starting a plan that would already be over; "Start today" starts today', async () => {
    const db = await showSetup();
    fireEvent.click(screen.getByRole('radio', { name: /^20-day sprint/ }));
    typeDate('2022-01-01');
    start();
    const question = await screen.findByRole('group', {
      name: 'This plan would already be over: start today instead?',
    });
    expect(question.textContent).toContain('1,797 days ago');
    expect(document.activeElement?.textContent).toBe('Start today');
    expect(await db.profile.count()).toBe(0);
    expect(dateInput().value).toBe('2022-01-01');
    fireEvent.click(within(question).getByRole('button', { name: 'Start today' }));
    await waitFor(async () => expect((await db.profile.get('profile'))?.startDate).toBe(TODAY));
    expect((await db.profile.get('profile'))?.planId).toBe('plan-20');
  });

  it('asks about a start more than a year ahead, and "Keep this date" keeps it', async () => {
    const db = await showSetup();
    typeDate('2028-06-01');
    start();
    const question = await screen.findByRole('group', {
      name: 'That is more than a year away: start today instead?',
    });
    expect(question.textContent).toContain('546 days from today');
    fireEvent.click(within(question).getByRole('button', { name: 'Keep this date' }));
    await waitFor(async () =>
      expect((await db.profile.get('profile'))?.startDate).toBe(localDate('2028-06-01')),
    );
  });

  it('drops the question when the date is changed', async () => {
    await showSetup();
    typeDate('2028-06-01');
    start();
    await screen.findByRole('group', { name: /more than a year away/ });
    typeDate('2027-06-01');
    expect(screen.queryByRole('group', { name: /more than a year away/ })).toBeNull();
  });
});
