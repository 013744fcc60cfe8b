import { describe, expect, it } from 'vitest';
import { getPlan, PLAN_IDS } from '../../utils/curriculum/index';
import { RESOURCE_DOMAINS } from '../../utils/curriculum/resource-domains';
import type { ItemDetails, PhaseDetails } from '../../utils/curriculum/types';
import { validatePlanDetails } from '../../utils/curriculum/validate-details';

const modules = import.meta.glob<{ DETAILS: PhaseDetails }>('../../utils/curriculum/details/*.ts', {
  eager: true,
});
const ALL_DETAILS = Object.values(modules).map((module) => module.DETAILS);

describe('study details', () => {
  it.each(PLAN_IDS)(
    'gives every day of %s why, minutes, done-when, resources and a self-check',
    (id) => {
      expect(validatePlanDetails(getPlan(id), ALL_DETAILS, RESOURCE_DOMAINS)).toEqual([]);
    },
  );
});

describe('validatePlanDetails', () => {
  const plan = getPlan('plan-20');
  const firstPhase = plan.phases[0];
  if (!firstPhase) throw new Error('fixture');
  const firstItem = firstPhase.days[0]?.items[0];
  if (!firstItem) throw new Error('fixture');
  const own = ALL_DETAILS.filter((details) => details.phaseId.startsWith('p20-'));

  /** The bundled details with the first phase's first item (and day) changed by `change`. */
  function withFirstItem(change: (item: ItemDetails) => ItemDetails | undefined): PhaseDetails[] {
    return own.map((details) => {
      if (details.phaseId !== firstPhase?.id) return details;
      const items = { ...details.items };
      const changed = change(details.items[firstItem?.id ?? ''] as ItemDetails);
      if (changed) items[firstItem?.id ?? ''] = changed;
      else delete items[firstItem?.id ?? ''];
      return { ...details, items };
    });
  }
  const problems = (details: readonly PhaseDetails[]) =>
    validatePlanDetails(plan, details, RESOURCE_DOMAINS).join('\n');

  it('accepts the bundled details', () => {
    expect(problems(own)).toBe('');
  });

  it.each([
    ['a missing item', () => undefined, /has no details/],
    ['an empty why', (item: ItemDetails) => ({ ...item, why: { text: ' ' } }), /why is empty/],
    [
      'an empty done-when',
      (item: ItemDetails) => ({ ...item, doneWhen: { text: '' } }),
      /doneWhen is empty/,
    ],
    ['a fractional time', (item: ItemDetails) => ({ ...item, minutes: 12.5 }), /minutes 12.5/],
    [
      'a day over its time',
      (item: ItemDetails) => ({ ...item, minutes: 175 }),
      /minutes, expected 120-180/,
    ],
    ['no resource', (item: ItemDetails) => ({ ...item, resources: [] }), /shows 0 resources/],
    [
      'a plain-http link',
      (item: ItemDetails) => ({
        ...item,
        resources: [
          { title: 'x', url: 'http://developer.mozilla.org/en-US/docs/Web', kind: 'docs' as const },
        ],
      }),
      /is not https/,
    ],
    [
      'a host off the allowlist',
      (item: ItemDetails) => ({
        ...item,
        resources: [{ title: 'x', url: 'https://example.com/guide', kind: 'docs' as const }],
      }),
      /not in the allowlist/,
    ],
    [
      'a bare home page',
      (item: ItemDetails) => ({
        ...item,
        resources: [{ title: 'x', url: 'https://developer.mozilla.org/', kind: 'docs' as const }],
      }),
      /bare home page/,
    ],
    [
      'a link twice in one day',
      (item: ItemDetails) => {
        const [first] = item.resources;
        return first ? { ...item, resources: [first, first] } : item;
      },
      /twice/,
    ],
    [
      'too many links for one stack',
      (item: ItemDetails) => ({
        ...item,
        resources: ['a', 'b', 'c', 'd'].map((slug) => ({
          title: slug,
          url: `https://developer.mozilla.org/en-US/docs/${slug}`,
          kind: 'docs' as const,
        })),
      }),
      /shows 4 resources/,
    ],
  ])('reports %s', (_label, change, expected) => {
    expect(problems(withFirstItem(change))).toMatch(expected);
  });

  it('reports a day without a self-check, and details for an item no plan has', () => {
    const broken = own.map((details) =>
      details.phaseId === firstPhase.id
        ? {
            ...details,
            checks: { ...details.checks, [`${firstPhase.id}.d1`]: [] },
            items: {
              ...details.items,
              [`${firstPhase.id}.d1.9`]: details.items[firstItem.id] as ItemDetails,
            },
          }
        : details,
    );
    const report = problems(broken);
    expect(report).toMatch(/has 0 self-check questions/);
    expect(report).toMatch(/no such item/);
  });
});
