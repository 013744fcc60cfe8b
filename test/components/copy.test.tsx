import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checklist } from '../../components/Checklist';
import { Countdown } from '../../components/Countdown';
import { FinishedSummary } from '../../components/FinishedSummary';
import { QuickDay } from '../../components/QuickDay';
import { streakText } from '../../components/streak-text';

afterEach(cleanup);

describe('streaks read as "5-day streak"', () => {
  it.each([
    [null, 'streak –'],
    [0, 'no streak yet'],
    [1, '1-day streak'],
    [5, '5-day streak'],
    [2912, '2,912-day streak'],
  ])('%s → %s', (days, text) => expect(streakText(days)).toBe(text));

  it('in the popup line, loaded and before the store answers', () => {
    const model = { heading: 'Day 3 of 20', focus: '', items: [], planPercent: 12, streakDays: 5 };
    const links = { day: '/newtab.html', options: '/options.html' };
    const props = { pending: false, onSetState: vi.fn(), links, linksOpenNewTab: true };
    render(<QuickDay model={model} {...props} />);
    expect(screen.getByTestId('quick-stats').textContent).toBe('12% of the plan · 5-day streak');
    cleanup();
    render(<QuickDay model={{ ...model, planPercent: null, streakDays: null }} {...props} />);
    expect(screen.getByTestId('quick-stats').textContent).toBe('–% of the plan · streak –');
  });
});

describe('the checklist’s "Know it" button', () => {
  const items = [
    { id: 'a', text: 'Install Node.js', state: 'open' as const },
    { id: 'b', text: 'Write a loop', state: 'skipped' as const },
  ];

  it('says "Know it", not "Skip", with an accessible name that starts with what it shows', () => {
    const onSetState = vi.fn();
    render(<Checklist items={items} onSetState={onSetState} label="Checklist for day 1" />);
    expect(screen.queryByRole('button', { name: /skip/i })).toBeNull();
    const open = screen.getByRole('button', {
      name: 'Know it, I already know this: Install Node.js',
    });
    expect(open.textContent).toBe('Know it');
    expect(open.getAttribute('aria-pressed')).toBe('false');
    const known = screen.getByRole('button', {
      name: 'Know it, I already know this: Write a loop',
    });
    expect(known.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('already known')).toBeTruthy();

    fireEvent.click(open);
    fireEvent.click(known);
    expect(onSetState.mock.calls).toEqual([
      ['a', 'skipped'],
      ['b', 'open'],
    ]);
  });
});

describe('day counts are grouped', () => {
  it('in the countdown and the finished summary', () => {
    render(
      <Countdown
        daysUntilStart={1826}
        startDateLabel="3 December 2031"
        planTitle="60-day steady path"
        focus="Fundamentals"
        dayTitle="Set up"
        previewItems={[]}
      />,
    );
    expect(screen.getByTestId('day-heading').textContent).toBe('Starts in 1,826 days');
    cleanup();
    render(
      <FinishedSummary
        planTitle="90-day deep dive"
        endedOnLabel="1 March"
        resolved={1200}
        total={2400}
        bestStreak={1500}
        nextPlan={null}
        onStartNext={vi.fn()}
      />,
    );
    expect(screen.getByText(/1,200 of 2,400 items; 1,200 are still open/).textContent).toContain(
      'Best streak: 1,500 days.',
    );
  });
});
