import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Heatmap } from '../../components/Heatmap';
import { dayPageModel } from '../../components/screens/day-page-model';
import { newProfile } from '../../components/screens/SetupScreen';
import { getPlan, TIPS } from '../../utils/curriculum';
import { type LocalDate, localDate, weekdayOf } from '../../utils/date';
import { heatmapWeeks, YEAR_HEATMAP_WEEKS } from '../../utils/streak';

// A Wednesday: the last column holds Mon 1 Dec to Sun 7 Dec, with Thu to Sun still to come.
const TODAY = localDate('2025-12-03');
const SATURDAY = 6;

const counts = new Map<LocalDate, number>([
  [localDate('2025-12-02'), 2],
  [localDate('2025-12-01'), 1],
  [localDate('2025-11-29'), 1], // a Saturday, a rest day below
  [localDate('2025-11-26'), 3],
  [localDate('2025-11-25'), 4],
  [localDate('2025-11-24'), 9],
  [localDate('2025-03-10'), 2], // only in the year view
]);

const noSaturdays = (date: LocalDate) => weekdayOf(date) !== SATURDAY;
const year = heatmapWeeks(counts, TODAY, YEAR_HEATMAP_WEEKS, noSaturdays);

function grid() {
  return screen.getByTestId('heatmap');
}

function cellTitled(title: string): Element {
  const cell = grid().querySelector(`[title="${title}"]`);
  if (!cell) throw new Error(`no cell titled ${title}`);
  return cell;
}

describe('the heatmap', () => {
  afterEach(cleanup);

  it('names the months over their columns and Mon, Wed, Fri beside the rows', () => {
    render(<Heatmap weeks={year} />);
    const months = [...grid().querySelectorAll('.heatmap-month')];
    expect(months).toHaveLength(15);
    const named = months.map((label) => label.textContent).filter(Boolean);
    expect(named).toEqual(['Sept', 'Oct', 'Nov', 'Dec']);
    // Dec begins on Monday 1 Dec, in the last column.
    expect(months.at(-1)?.textContent).toBe('Dec');
    const weekdays = [...grid().querySelectorAll('.heatmap-weekday')].map((row) => row.textContent);
    expect(weekdays).toEqual(['Mon', '', 'Wed', '', 'Fri', '', '']);
  });

  it('shades 0, 1, 2, 3 and 4-or-more items as five levels, and leaves the future blank', () => {
    render(<Heatmap weeks={year} />);
    const levelOf = (title: string) =>
      [...cellTitled(title).classList].find((name) => /^heat-\d$/.test(name));
    expect(levelOf('Tue 2 Dec: 2 items')).toBe('heat-2');
    expect(levelOf('Mon 1 Dec: 1 item')).toBe('heat-1');
    expect(levelOf('Wed 26 Nov: 3 items')).toBe('heat-3');
    expect(levelOf('Tue 25 Nov: 4 items')).toBe('heat-4');
    expect(levelOf('Mon 24 Nov: 9 items')).toBe('heat-4');
    expect(levelOf('Thu 27 Nov: No items')).toBe('heat-0');
    expect(grid().querySelectorAll('.heat-none')).toHaveLength(4);
    expect(grid().querySelectorAll('.heat-none[title]')).toHaveLength(0);
  });

  it('says each day in words, rest days included, and lists the active ones newest first', () => {
    render(<Heatmap weeks={year} />);
    expect(cellTitled('Sat 29 Nov: rest day, 1 item').classList).toContain('heat-off');
    expect(cellTitled('Sat 22 Nov: rest day').classList).toContain('heat-off');
    expect(screen.getByText('6 active days in the last 15 weeks')).toBeTruthy();
    const details = screen.getByText('Active days in words').closest('details');
    if (!details) throw new Error('no word list');
    expect(details.open).toBe(false);
    const list = within(details);
    expect(list.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Tue 2 Dec: 2 items',
      'Mon 1 Dec: 1 item',
      'Sat 29 Nov: rest day, 1 item',
      'Wed 26 Nov: 3 items',
      'Tue 25 Nov: 4 items',
      'Mon 24 Nov: 9 items',
    ]);
    // The drawing itself stays out of the accessibility tree: the words above stand for it.
    expect(grid().getAttribute('aria-hidden')).toBe('true');
  });

  it('switches between the last 15 weeks and the last 12 months', () => {
    render(<Heatmap weeks={year} />);
    const recent = screen.getByRole('button', { name: '15 weeks' });
    const months = screen.getByRole('button', { name: '12 months' });
    expect(recent.getAttribute('aria-pressed')).toBe('true');
    expect(months.getAttribute('aria-pressed')).toBe('false');
    expect(grid().querySelectorAll('.heat')).toHaveLength(15 * 7);
    expect(grid().querySelectorAll('.heatmap-grid')).toHaveLength(1);
    expect(grid().querySelector('[title="Mon 10 Mar: 2 items"]')).toBeNull();

    fireEvent.click(months);
    expect(months.getAttribute('aria-pressed')).toBe('true');
    expect(recent.getAttribute('aria-pressed')).toBe('false');
    expect(grid().querySelectorAll('.heat')).toHaveLength(53 * 7);
    expect(cellTitled('Mon 10 Mar: 2 items').classList).toContain('heat-2');
    screen.getByText('7 active days in the last 12 months');
    // The year starts on the Monday before Tue 3 Dec 2024, a year before today.
    expect(grid().querySelector('.heat')?.getAttribute('title')).toBe('Mon 2 Dec: No items');
    // Two bands of half a year each; the second names its opening month again.
    const bands = [...grid().querySelectorAll('.heatmap-grid')].map((band) =>
      [...band.querySelectorAll('.heatmap-month')]
        .map((label) => label.textContent)
        .filter(Boolean),
    );
    expect(bands).toEqual([
      ['Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'],
      ['Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    ]);

    fireEvent.click(recent);
    expect(grid().querySelectorAll('.heat')).toHaveLength(15 * 7);
  });

  it('has no word list when nothing was done', () => {
    render(<Heatmap weeks={heatmapWeeks(new Map(), TODAY, YEAR_HEATMAP_WEEKS)} />);
    screen.getByText('0 active days in the last 15 weeks');
    expect(screen.queryByText('Active days in words')).toBeNull();
  });
});

describe('the day page’s heatmap', () => {
  it('gets a whole year of activity from the page model', () => {
    const plan = getPlan('plan-20');
    const profile = newProfile(
      { planId: 'plan-20', startDate: localDate('2025-01-06'), language: 'java' },
      0,
    );
    const page = dayPageModel({
      plan,
      profile,
      today: TODAY,
      progress: new Map(),
      activity: counts,
      selectedDay: null,
      tips: TIPS,
      tipOffset: 0,
      savedTicks: null,
      cachedBehind: null,
    });
    expect(page.progressCard.heatmap).toHaveLength(YEAR_HEATMAP_WEEKS);
    const march = page.progressCard.heatmap.flat().find((cell) => cell.date === '2025-03-10');
    expect(march?.count).toBe(2);
  });
});
