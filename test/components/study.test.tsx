import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { dayStudyModel } from '../../components/screens/study-model';
import { CodeText } from '../../components/study/CodeText';
import { formatMinutes } from '../../components/study/format-minutes';
import { ItemStudy } from '../../components/study/ItemStudy';
import { SelfCheck } from '../../components/study/SelfCheck';
import { getPlan } from '../../utils/curriculum';
import { loadPhaseDetails } from '../../utils/curriculum/load-details';

afterEach(cleanup);

describe('an item’s study notes', () => {
  const study = {
    why: 'Every API reads from a database.',
    minutes: 95,
    doneWhen: '`SELECT 1;` prints 1',
    resources: [
      {
        title: 'PostgreSQL tutorial',
        url: 'https://www.postgresql.org/docs/current/tutorial.html',
        kind: 'docs' as const,
      },
    ],
  };

  it('say why, how long, when it is done, and link the resource in a new tab', () => {
    render(<ItemStudy study={study} />);
    expect(screen.getByText('1 h 35 min')).toBeTruthy();
    expect(screen.getByText('Every API reads from a database.')).toBeTruthy();
    expect(screen.getByText('SELECT 1;').tagName).toBe('CODE');
    const link = screen.getByRole('link', { name: 'PostgreSQL tutorial' });
    expect(link.getAttribute('href')).toBe(study.resources[0]?.url);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('show only the time in the popup', () => {
    render(<ItemStudy study={study} compact />);
    expect(screen.getByText('1 h 35 min')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('format minutes as people say them', () => {
    expect([5, 60, 90, 125].map(formatMinutes)).toEqual([
      '5 min',
      '1 h',
      '1 h 30 min',
      '2 h 5 min',
    ]);
  });

  it('keep an unpaired backtick as written', () => {
    render(<CodeText text="a `b` c `d" />);
    expect(document.querySelectorAll('code')).toHaveLength(0);
    expect(document.body.textContent).toContain('a `b` c `d');
  });
});

describe('Check yourself', () => {
  it('shows each answer only on request', () => {
    render(
      <SelfCheck
        checks={[{ id: 'q1', question: 'What is a primary key?', answer: 'A unique row id.' }]}
      />,
    );
    const answer = screen.getByText('A unique row id.');
    expect(answer.hidden).toBe(true);
    const button = screen.getByRole('button', { name: 'Show the answer' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(answer.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('a day’s study model from the bundled data', () => {
  it('gives every item of day 12 of the 60-day plan notes in the learner’s stack', async () => {
    const plan = getPlan('plan-60');
    const phase = plan.phases.find(
      (candidate) => candidate.firstDay <= 12 && 12 <= candidate.lastDay,
    );
    const planDay = phase?.days[12 - (phase?.firstDay ?? 0)];
    if (!phase || !planDay) throw new Error('fixture');
    expect(dayStudyModel(phase, planDay, null, 'java').minutes).toBeNull();
    const details = await loadPhaseDetails(phase.id);
    const model = dayStudyModel(phase, planDay, details ?? null, 'java');
    expect(model.items.size).toBe(planDay.items.length);
    expect(model.minutes).toBeGreaterThanOrEqual(plan.dailyMinutes.min);
    expect(model.minutes).toBeLessThanOrEqual(plan.dailyMinutes.max);
    expect(model.checks.length).toBeGreaterThanOrEqual(1);
    for (const item of model.items.values()) {
      expect(item.resources.length).toBeGreaterThanOrEqual(1);
      expect(item.resources.every((resource) => resource.url.startsWith('https://'))).toBe(true);
    }
  });
});
