import { describe, expect, it } from 'vitest';
import {
  CAREER,
  dayOfPlanData,
  findItem,
  getPlan,
  isPlanId,
  type Phase,
  PLAN_IDS,
  PLANS,
  type Plan,
  phaseOfDay,
  TIPS,
  type Tip,
  wordingFor,
} from '../../utils/curriculum/index';
import { validateCurriculum } from '../../utils/curriculum/validate';

const ALL_PLANS: readonly Plan[] = PLAN_IDS.map(getPlan);

/** The source tables, typed out independently of the data so a slipped fact fails here. */
const SOURCE_TABLES: Record<string, readonly (readonly [number, number, string])[]> = {
  'plan-20': [
    [1, 2, 'Programming Fundamentals'],
    [3, 5, 'Backend Architecture and API Fundamentals'],
    [6, 8, 'Database Management'],
    [9, 11, 'Backend Framework Basics'],
    [12, 14, 'API Development and Integration'],
    [15, 16, 'Version Control and Collaboration'],
    [17, 18, 'DevOps and Continuous Integration/Continuous Deployment (CI/CD)'],
    [19, 20, 'Final Project and Documentation'],
  ],
  'plan-60': [
    [1, 5, 'Programming Fundamentals'],
    [6, 10, 'Web Development Basics'],
    [11, 15, 'Database Fundamentals'],
    [16, 20, 'Backend Framework Introduction'],
    [21, 25, 'API Development'],
    [26, 30, 'Version Control and Collaboration'],
    [31, 35, 'Advanced Backend Concepts'],
    [36, 40, 'Databases and ORM'],
    [41, 45, 'Web Security'],
    [46, 50, 'DevOps and Deployment'],
    [51, 55, 'Performance Optimization'],
    [56, 60, 'Final Project and Portfolio'],
  ],
  'plan-90': [
    [1, 7, 'Programming Fundamentals'],
    [8, 14, 'Web Development Basics'],
    [15, 21, 'Database Fundamentals'],
    [22, 28, 'Backend Framework Introduction'],
    [29, 35, 'API Development'],
    [36, 42, 'Version Control and Collaboration'],
    [43, 49, 'Advanced Backend Concepts'],
    [50, 56, 'Databases and ORM'],
    [57, 63, 'Web Security'],
    [64, 70, 'DevOps and Deployment'],
    [71, 77, 'Performance Optimization'],
    [78, 84, 'Advanced Topics and Specialization'],
    [85, 90, 'Final Project and Portfolio'],
  ],
};

function fittingTips(phase: Phase, tips: readonly Tip[] = TIPS): Tip[] {
  return tips.filter((tip) => tip.topics.some((topic) => phase.topics.includes(topic)));
}

/** Every string anywhere inside a value, for content searches. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings);
  return [];
}

describe('bundled curriculum data', () => {
  it('passes the validator', () => {
    expect(validateCurriculum(ALL_PLANS, TIPS, CAREER)).toEqual([]);
  });

  it('has 8, 12 and 13 phases over 20, 60 and 90 days', () => {
    expect(ALL_PLANS.map((plan) => [plan.id, plan.phases.length, plan.lengthDays])).toEqual([
      ['plan-20', 8, 20],
      ['plan-60', 12, 60],
      ['plan-90', 13, 90],
    ]);
  });

  it.each(PLAN_IDS)('%s keeps the day ranges and focus names of the source table', (id) => {
    const actual = getPlan(id).phases.map((p) => [p.firstDay, p.lastDay, p.focus]);
    expect(actual).toEqual(SOURCE_TABLES[id]);
  });

  it('has a day entry with 2-4 checklist items for every day of every plan', () => {
    for (const plan of ALL_PLANS) {
      for (let dayNumber = 1; dayNumber <= plan.lengthDays; dayNumber++) {
        const planDay = dayOfPlanData(plan, dayNumber);
        expect(planDay?.day).toBe(dayNumber);
        expect(planDay?.items.length).toBeGreaterThanOrEqual(2);
        expect(planDay?.items.length).toBeLessThanOrEqual(4);
      }
    }
  });

  it('gives every phase enough fitting tips that the tip of the day need not repeat', () => {
    for (const plan of ALL_PLANS) {
      for (const phase of plan.phases) {
        const days = phase.lastDay - phase.firstDay + 1;
        expect(fittingTips(phase).length, phase.id).toBeGreaterThanOrEqual(Math.max(3, days));
      }
    }
  });

  it('words stack-specific text for all three languages whenever it words any', () => {
    const wordings = [
      ...ALL_PLANS.flatMap((plan) =>
        plan.phases.flatMap((phase) => [phase.goal, ...phase.days.flatMap((d) => d.items)]),
      ),
      ...TIPS,
    ];
    const stackSpecific = wordings.filter((wording) => wording.byLanguage !== undefined);
    expect(stackSpecific.length).toBeGreaterThan(20);
    for (const wording of stackSpecific) {
      expect(Object.keys(wording.byLanguage ?? {}).sort()).toEqual([
        'java',
        'javascript',
        'python',
      ]);
    }
  });

  it('contains nothing from the stray Android section of the source page', () => {
    const strings = allStrings({ PLANS, TIPS, CAREER });
    expect(strings.length).toBeGreaterThan(1000);
    const offending = strings.filter((text) =>
      /android|kotlin|\bxml\b|emulator|android studio/i.test(text),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the career figures exact and attributed to the page that states them', () => {
    expect(CAREER.salaries).toEqual([
      expect.objectContaining({
        annualInr: 316_204,
        attribution: { source: 'Indeed', year: null, page: 'Career as a Back End Developer' },
      }),
      expect.objectContaining({
        annualInr: 503_801,
        attribution: {
          source: 'What does Back End Developer do?',
          year: 2023,
          page: 'What does Back End Developer do?',
        },
      }),
    ]);
    expect(CAREER.salaryRange).toMatchObject({ lowInr: 179_000, highInr: 1_000_000 });
    expect(CAREER.salaryRange.attribution.page).toBe('What does Back End Developer do?');
    expect(CAREER.payByExperience.bands).toEqual([
      { years: '0-1', annualInr: 384_000 },
      { years: '1-5', annualInr: 505_000 },
      { years: '5-10', annualInr: 624_000 },
      { years: '10+', annualInr: 1_000_000 },
    ]);
    expect(CAREER.payByExperience.attribution.page).toBe('What does Back End Developer do?');
  });
});

describe('curriculum lookups', () => {
  it('findItem locates every item id in its own plan, phase and day', () => {
    let count = 0;
    for (const plan of ALL_PLANS) {
      for (const phase of plan.phases) {
        for (const planDay of phase.days) {
          for (const item of planDay.items) {
            const found = findItem(item.id);
            expect(found?.item).toBe(item);
            expect(found?.day).toBe(planDay);
            expect(found?.phase).toBe(phase);
            expect(found?.plan).toBe(plan);
            count++;
          }
        }
      }
    }
    expect(count).toBeGreaterThan(170 * 2);
  });

  it('findItem returns undefined for unknown ids', () => {
    expect(findItem('p20-nothing.d1.1')).toBeUndefined();
    expect(findItem('')).toBeUndefined();
  });

  it('phaseOfDay and dayOfPlanData answer only for days inside the plan', () => {
    const plan = getPlan('plan-60');
    expect(phaseOfDay(plan, 1)?.id).toBe('p60-fundamentals');
    expect(phaseOfDay(plan, 5)?.id).toBe('p60-fundamentals');
    expect(phaseOfDay(plan, 6)?.id).toBe('p60-web-basics');
    expect(phaseOfDay(plan, 60)?.id).toBe('p60-final-project');
    expect(dayOfPlanData(plan, 37)?.day).toBe(37);
    for (const outside of [0, -1, 61, 2.5, Number.NaN]) {
      expect(phaseOfDay(plan, outside)).toBeUndefined();
      expect(dayOfPlanData(plan, outside)).toBeUndefined();
    }
  });

  it('isPlanId accepts exactly the three plan ids', () => {
    for (const id of PLAN_IDS) expect(isPlanId(id)).toBe(true);
    for (const other of ['plan-30', 'PLAN-20', '', 20, null, undefined, {}]) {
      expect(isPlanId(other)).toBe(false);
    }
    expect(Object.keys(PLANS)).toEqual([...PLAN_IDS]);
  });

  it('wordingFor prefers the language wording and falls back to the neutral text', () => {
    const wording = { text: 'neutral', byLanguage: { python: 'py', java: '  ' } };
    expect(wordingFor(wording, 'python')).toBe('py');
    expect(wordingFor(wording, 'javascript')).toBe('neutral');
    expect(wordingFor(wording, 'java')).toBe('neutral');
    expect(wordingFor({ text: 'only' }, 'java')).toBe('only');
  });
});

// ---- the validator catches each kind of breakage ----

function planWithPhase(plan: Plan, index: number, change: (phase: Phase) => Phase): Plan {
  return { ...plan, phases: plan.phases.map((p, i) => (i === index ? change(p) : p)) };
}

function problemsWith(plans: readonly Plan[], tips: readonly Tip[] = TIPS): string[] {
  return validateCurriculum(plans, tips, CAREER);
}

const plan20 = getPlan('plan-20');
const others = ALL_PLANS.filter((plan) => plan.id !== 'plan-20');

describe('validateCurriculum', () => {
  it('reports a gap between phases', () => {
    const broken = planWithPhase(plan20, 1, (p) => ({
      ...p,
      firstDay: p.firstDay + 1,
      days: p.days.slice(1),
    }));
    expect(problemsWith([broken, ...others]).join('\n')).toMatch(
      /gap before p20-architecture-apis/,
    );
  });

  it('reports overlapping phases', () => {
    const broken = planWithPhase(plan20, 1, (p) => {
      const [firstDay] = p.days;
      return firstDay === undefined
        ? p
        : {
            ...p,
            firstDay: p.firstDay - 1,
            days: [{ ...firstDay, day: p.firstDay - 1 }, ...p.days],
          };
    });
    expect(problemsWith([broken, ...others]).join('\n')).toMatch(
      /p20-architecture-apis .*overlapping/,
    );
  });

  it('reports phases that stop short of the plan length', () => {
    const broken = { ...plan20, phases: plan20.phases.slice(0, -1) };
    expect(problemsWith([broken, ...others]).join('\n')).toMatch(/cover days 1-18, expected 1-20/);
  });

  it('reports a day count that does not match the day range', () => {
    const broken = planWithPhase(plan20, 2, (p) => ({ ...p, days: p.days.slice(0, -1) }));
    expect(problemsWith([broken, ...others]).join('\n')).toMatch(
      /p20-databases: has 2 days but covers 3/,
    );
  });

  it('reports wrongly numbered days and wrong item ids', () => {
    const broken = planWithPhase(plan20, 0, (p) => ({
      ...p,
      days: p.days.map((d, i) =>
        i === 1
          ? { ...d, day: 7, items: d.items.map((item) => ({ ...item, id: `${item.id}x` })) }
          : d,
      ),
    }));
    const report = problemsWith([broken, ...others]).join('\n');
    expect(report).toMatch(/numbered 7, expected 2/);
    expect(report).toMatch(/item id "p20-fundamentals.d2.1x" should be "p20-fundamentals.d2.1"/);
  });

  it('keeps a retired item in its place, so the ids after it stay valid', () => {
    const retiring = planWithPhase(plan20, 0, (p) => ({
      ...p,
      days: p.days.map((d, i) => {
        const [first, second, ...rest] = d.items;
        if (i !== 0 || !first || !second) return d;
        return { ...d, items: [first, ...rest], retired: [second] };
      }),
    }));
    expect(problemsWith([retiring, ...others])).toEqual([]);
    const gap = planWithPhase(plan20, 0, (p) => ({
      ...p,
      days: p.days.map((d, i) => (i === 0 ? { ...d, items: d.items.slice(1) } : d)),
    }));
    expect(problemsWith([gap, ...others]).join('\n')).toMatch(
      /item id "p20-fundamentals.d1.2" should be "p20-fundamentals.d1.1"/,
    );
  });

  it('reports duplicate ids, wherever they occur', () => {
    const [firstTip] = TIPS;
    expect(firstTip).toBeDefined();
    if (firstTip === undefined) return;
    expect(problemsWith(ALL_PLANS, [...TIPS, firstTip]).join('\n')).toMatch(
      new RegExp(`id "${firstTip.id}" is already used`),
    );
    const clashingPhase = planWithPhase(plan20, 1, (p) => ({ ...p, id: 'p20-fundamentals' }));
    expect(problemsWith([clashingPhase, ...others]).join('\n')).toMatch(
      /id "p20-fundamentals" is already used/,
    );
  });

  it('reports ids that break the id patterns', () => {
    const badPhase = planWithPhase(plan20, 0, (p) => ({ ...p, id: 'p60-Fundamentals' }));
    expect(problemsWith([badPhase, ...others]).join('\n')).toMatch(/should look like p20-<slug>/);
    const badTip: Tip = { id: 'hint-one', origin: 'skill', topics: ['fundamentals'], text: 'x' };
    expect(problemsWith(ALL_PLANS, [...TIPS, badTip]).join('\n')).toMatch(
      /tip hint-one: id should look like tip-<slug>/,
    );
  });

  it('reports empty or whitespace-only text, including language wording', () => {
    const broken = planWithPhase(plan20, 0, (p) => ({
      ...p,
      focus: ' ',
      days: p.days.map((d, i) =>
        i === 0
          ? {
              ...d,
              title: '',
              items: d.items.map((item, n) =>
                n === 0 ? { ...item, text: '  ', byLanguage: { python: '\t' } } : item,
              ),
            }
          : d,
      ),
    }));
    const report = problemsWith([broken, ...others]).join('\n');
    expect(report).toMatch(/p20-fundamentals: focus is empty/);
    expect(report).toMatch(/p20-fundamentals day 1: title is empty/);
    expect(report).toMatch(/item p20-fundamentals.d1.1: text is empty/);
    expect(report).toMatch(/item p20-fundamentals.d1.1: byLanguage.python is empty/);
  });

  it('reports days with too few or too many checklist items', () => {
    const broken = planWithPhase(plan20, 0, (p) => ({
      ...p,
      days: p.days.map((d, i) => (i === 0 ? { ...d, items: d.items.slice(0, 1) } : d)),
    }));
    expect(problemsWith([broken, ...others]).join('\n')).toMatch(/has 1 items, expected 2-4/);
  });

  it('reports a phase that no tip fits', () => {
    const databasePhase = plan20.phases[2];
    expect(databasePhase?.id).toBe('p20-databases');
    if (databasePhase === undefined) return;
    const tipsWithoutDatabases = TIPS.filter(
      (tip) => fittingTips(databasePhase, [tip]).length === 0,
    );
    const report = problemsWith(ALL_PLANS, tipsWithoutDatabases);
    expect(report.join('\n')).toMatch(/phase p20-databases: only 0 fitting tips/);
    expect(report.some((line) => line.startsWith('phase p20-fundamentals:'))).toBe(false);
  });

  it('reports broken career facts', () => {
    const broken = {
      ...CAREER,
      salaries: CAREER.salaries.map((s, i) => (i === 0 ? { ...s, annualInr: -5 } : s)),
      salaryRange: { ...CAREER.salaryRange, lowInr: 2_000_000 },
      pros: [...CAREER.pros, ''],
    };
    const report = validateCurriculum(ALL_PLANS, TIPS, broken).join('\n');
    expect(report).toMatch(/amount -5 is not a positive whole number/);
    expect(report).toMatch(/low end is above high end/);
    expect(report).toMatch(/career pros\[4\]: text is empty/);
  });
});
