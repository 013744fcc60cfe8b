/**
 * Consistency checks for the bundled curriculum. Pure: takes the data, returns a list of
 * human-readable problems (empty means valid). Used by tests and usable at build time.
 */
import { isLanguage, isPlanId } from '../model/ids';
import type {
  Attribution,
  CareerFacts,
  Phase,
  Plan,
  Tip,
  TipOrigin,
  Topic,
  Wording,
} from './types';

export interface ValidateOptions {
  /** Fewest tips whose topics must overlap each phase's topics. */
  readonly minTipsPerPhase?: number;
}

const TIP_ORIGINS: readonly TipOrigin[] = [
  'skill',
  'responsibility',
  'step',
  'work-hours',
  'pros-cons',
];
const MIN_ITEMS_PER_DAY = 2;
const MAX_ITEMS_PER_DAY = 4;
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const TIP_ID_PATTERN = new RegExp(`^tip-${SLUG}$`);

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

function checkWording(wording: Wording, where: string, problems: string[]): void {
  if (isBlank(wording.text)) problems.push(`${where}: text is empty`);
  for (const [language, text] of Object.entries(wording.byLanguage ?? {})) {
    if (!isLanguage(language)) {
      problems.push(`${where}: unknown language "${language}" in byLanguage`);
    }
    if (isBlank(text)) problems.push(`${where}: byLanguage.${language} is empty`);
  }
}

function checkTopics(topics: readonly Topic[], where: string, problems: string[]): void {
  if (topics.length === 0) problems.push(`${where}: has no topics`);
  if (new Set(topics).size !== topics.length) problems.push(`${where}: repeats a topic`);
}

/** Records every id once and reports any id seen before, wherever it was. */
function idRegistry(problems: string[]): (id: string, where: string) => void {
  const seen = new Map<string, string>();
  return (id, where) => {
    const earlier = seen.get(id);
    if (earlier !== undefined) problems.push(`${where}: id "${id}" is already used by ${earlier}`);
    else seen.set(id, where);
  };
}

/** The last number of an item id, its place in the day; NaN sorts such ids last. */
function positionOf(itemId: string): number {
  return Number(itemId.slice(itemId.lastIndexOf('.') + 1));
}

function checkPhase(
  phase: Phase,
  idPrefix: string,
  register: (id: string, where: string) => void,
  problems: string[],
): void {
  const where = `phase ${phase.id}`;
  register(phase.id, where);
  if (!new RegExp(`^${idPrefix}-${SLUG}$`).test(phase.id)) {
    problems.push(`${where}: id should look like ${idPrefix}-<slug>`);
  }
  if (isBlank(phase.focus)) problems.push(`${where}: focus is empty`);
  checkWording(phase.goal, `${where} goal`, problems);
  checkTopics(phase.topics, where, problems);

  const expectedDays = phase.lastDay - phase.firstDay + 1;
  if (phase.days.length !== expectedDays) {
    problems.push(`${where}: has ${phase.days.length} days but covers ${expectedDays}`);
  }
  phase.days.forEach((planDay, dayIndex) => {
    const dayWhere = `${where} day ${dayIndex + 1}`;
    if (planDay.day !== phase.firstDay + dayIndex) {
      problems.push(`${dayWhere}: numbered ${planDay.day}, expected ${phase.firstDay + dayIndex}`);
    }
    if (isBlank(planDay.title)) problems.push(`${dayWhere}: title is empty`);
    const count = planDay.items.length;
    if (count < MIN_ITEMS_PER_DAY || count > MAX_ITEMS_PER_DAY) {
      problems.push(
        `${dayWhere}: has ${count} items, expected ${MIN_ITEMS_PER_DAY}-${MAX_ITEMS_PER_DAY}`,
      );
    }
    // Shown and retired items share one run of positions: 1, 2, 3… with no gap.
    const positioned = [...planDay.items, ...planDay.retired].sort(
      (a, b) => positionOf(a.id) - positionOf(b.id),
    );
    positioned.forEach((item, itemIndex) => {
      const expectedId = `${phase.id}.d${dayIndex + 1}.${itemIndex + 1}`;
      register(item.id, `item ${item.id}`);
      if (item.id !== expectedId) {
        problems.push(`${dayWhere}: item id "${item.id}" should be "${expectedId}"`);
      }
      checkWording(item, `item ${item.id}`, problems);
    });
  });
}

function checkPlan(
  plan: Plan,
  register: (id: string, where: string) => void,
  problems: string[],
): void {
  const where = `plan ${plan.id}`;
  register(plan.id, where);
  if (!isPlanId(plan.id)) problems.push(`${where}: unknown plan id`);
  if (plan.id !== `plan-${plan.lengthDays}`) {
    problems.push(`${where}: id does not match its length of ${plan.lengthDays} days`);
  }
  if (isBlank(plan.title)) problems.push(`${where}: title is empty`);
  if (isBlank(plan.summary)) problems.push(`${where}: summary is empty`);
  if (plan.phases.length === 0) problems.push(`${where}: has no phases`);

  let nextDay = 1;
  for (const phase of plan.phases) {
    if (phase.firstDay > nextDay) {
      problems.push(`${where}: gap before ${phase.id}, days ${nextDay}-${phase.firstDay - 1}`);
    } else if (phase.firstDay < nextDay) {
      problems.push(
        `${where}: ${phase.id} starts on day ${phase.firstDay}, overlapping earlier days`,
      );
    }
    if (phase.lastDay < phase.firstDay) {
      problems.push(`${where}: ${phase.id} ends before it starts`);
    }
    nextDay = Math.max(nextDay, phase.lastDay + 1);
    checkPhase(phase, `p${plan.lengthDays}`, register, problems);
  }
  if (nextDay - 1 !== plan.lengthDays) {
    problems.push(`${where}: phases cover days 1-${nextDay - 1}, expected 1-${plan.lengthDays}`);
  }
}

function checkTip(tip: Tip, register: (id: string, where: string) => void, problems: string[]) {
  const where = `tip ${tip.id}`;
  register(tip.id, where);
  if (!TIP_ID_PATTERN.test(tip.id)) problems.push(`${where}: id should look like tip-<slug>`);
  if (!TIP_ORIGINS.includes(tip.origin)) problems.push(`${where}: unknown origin "${tip.origin}"`);
  checkTopics(tip.topics, where, problems);
  checkWording(tip, where, problems);
}

function checkTipCoverage(
  plans: readonly Plan[],
  tips: readonly Tip[],
  minTipsPerPhase: number,
  problems: string[],
): void {
  for (const plan of plans) {
    for (const phase of plan.phases) {
      const fitting = tips.filter((tip) => tip.topics.some((t) => phase.topics.includes(t)));
      if (fitting.length < minTipsPerPhase) {
        problems.push(
          `phase ${phase.id}: only ${fitting.length} fitting tips, expected at least ${minTipsPerPhase}`,
        );
      }
    }
  }
}

function checkAttribution(attribution: Attribution, where: string, problems: string[]): void {
  if (isBlank(attribution.source)) problems.push(`${where}: attribution source is empty`);
  if (isBlank(attribution.page)) problems.push(`${where}: attribution page is empty`);
  const { year } = attribution;
  if (year !== null && !(Number.isInteger(year) && year >= 1990 && year <= 2100)) {
    problems.push(`${where}: attribution year ${year} is not a plausible year`);
  }
}

function checkAmount(amount: number, where: string, problems: string[]): void {
  if (!(Number.isInteger(amount) && amount > 0)) {
    problems.push(`${where}: amount ${amount} is not a positive whole number of rupees`);
  }
}

function checkStrings(values: readonly string[], where: string, problems: string[]): void {
  if (values.length === 0) problems.push(`career ${where}: list is empty`);
  values.forEach((value, index) => {
    if (isBlank(value)) problems.push(`career ${where}[${index}]: text is empty`);
  });
}

function checkCareer(
  career: CareerFacts,
  register: (id: string, where: string) => void,
  problems: string[],
): void {
  if (career.salaries.length === 0) problems.push('career: no salary figures');
  for (const salary of career.salaries) {
    const where = `salary ${salary.id}`;
    if (isBlank(salary.id)) problems.push('career: a salary figure has an empty id');
    else register(salary.id, where);
    if (isBlank(salary.label)) problems.push(`${where}: label is empty`);
    checkAmount(salary.annualInr, where, problems);
    checkAttribution(salary.attribution, where, problems);
  }

  const range = career.salaryRange;
  checkAmount(range.lowInr, 'salary range low', problems);
  checkAmount(range.highInr, 'salary range high', problems);
  if (range.lowInr > range.highInr) problems.push('salary range: low end is above high end');
  checkAttribution(range.attribution, 'salary range', problems);

  const { bands, attribution } = career.payByExperience;
  if (bands.length === 0) problems.push('pay by experience: no bands');
  for (const band of bands) {
    if (isBlank(band.years)) problems.push('pay by experience: a band has no years label');
    checkAmount(band.annualInr, `pay band ${band.years}`, problems);
  }
  checkAttribution(attribution, 'pay by experience', problems);

  checkStrings(career.workHours, 'workHours', problems);
  checkStrings(career.responsibilities, 'responsibilities', problems);
  checkStrings(career.education, 'education', problems);
  checkStrings(career.pros, 'pros', problems);
  checkStrings(career.cons, 'cons', problems);
}

export function validateCurriculum(
  plans: readonly Plan[],
  tips: readonly Tip[],
  career: CareerFacts,
  options: ValidateOptions = {},
): string[] {
  const problems: string[] = [];
  const register = idRegistry(problems);
  for (const plan of plans) checkPlan(plan, register, problems);
  for (const tip of tips) checkTip(tip, register, problems);
  checkTipCoverage(plans, tips, options.minTipsPerPhase ?? 3, problems);
  checkCareer(career, register, problems);
  return problems;
}
