import { describe, expect, it } from 'vitest';
import { getPlan, PLAN_IDS } from '../../utils/curriculum/index';
import { RESOURCE_DOMAINS } from '../../utils/curriculum/resource-domains';
import type { PhaseDetails } from '../../utils/curriculum/types';
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
