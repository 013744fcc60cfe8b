import { PLAN_IDS } from '../model/ids';
import { loadPlan } from './load-plan';
import type { Plan } from './types';

/** Every plan, for the few views that need them all (settings, import); never at start-up. */
export function loadAllPlans(): Promise<Plan[]> {
  return Promise.all(PLAN_IDS.map(loadPlan));
}
