import { useEffect, useState } from 'preact/hooks';
import { loadedPhaseDetails, loadPhaseDetails } from '../../utils/curriculum/load-details';
import { loadedPlan, loadPlan } from '../../utils/curriculum/load-plan';
import type { PhaseDetails, Plan, PlanId, Tip } from '../../utils/curriculum/types';

/**
 * One plan's data, loaded on demand so a view never pulls every plan; null until it has
 * arrived (at once when something already loaded it, e.g. the new tab's start-up).
 */
export function usePlan(id: PlanId | null): Plan | null {
  const [, setArrived] = useState<Plan | null>(null);
  const plan = id === null ? undefined : loadedPlan(id);
  useEffect(() => {
    if (id === null || plan) return;
    let live = true;
    void loadPlan(id).then((arrived) => {
      if (live) setArrived(arrived);
    });
    return () => {
      live = false;
    };
  }, [id, plan]);
  return plan ?? null;
}

/** Every plan in `ids`, or null until all have arrived. */
export function usePlans(ids: readonly PlanId[]): readonly Plan[] | null {
  const [plans, setPlans] = useState<readonly Plan[] | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(ids.map(loadPlan)).then((arrived) => {
      if (live) setPlans(arrived);
    });
    return () => {
      live = false;
    };
  }, [ids]);
  return plans;
}

/** One phase's study details, loaded on demand; null until they have arrived. */
export function usePhaseDetails(phaseId: string | null): PhaseDetails | null {
  const [, setArrived] = useState<PhaseDetails | null>(null);
  const details = phaseId === null ? undefined : loadedPhaseDetails(phaseId);
  useEffect(() => {
    if (phaseId === null || details) return;
    let live = true;
    void loadPhaseDetails(phaseId).then((arrived) => {
      if (live && arrived) setArrived(arrived);
    });
    return () => {
      live = false;
    };
  }, [phaseId, details]);
  return details ?? null;
}

let loadedTips: readonly Tip[] | null = null;

/** The skill tips, loaded only once a view wants one (a pinned tip, or "More" opened). */
export function useTips(wanted: boolean): readonly Tip[] | null {
  const [, setArrived] = useState<readonly Tip[] | null>(null);
  useEffect(() => {
    if (!wanted || loadedTips) return;
    let live = true;
    void import('../../utils/curriculum/tips').then(({ TIPS }) => {
      loadedTips = TIPS;
      if (live) setArrived(TIPS);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return loadedTips;
}

type DayExtrasModule = typeof import('./DayExtras');
let loadedExtras: DayExtrasModule | null = null;

/**
 * The day view's extra cards (tip, progress, note, the whole plan, career facts), loaded
 * only once one is pinned today or "More" is opened: most new tabs never need them.
 */
export function useDayExtras(wanted: boolean): DayExtrasModule['DayExtras'] | null {
  const [, setArrived] = useState<DayExtrasModule | null>(null);
  useEffect(() => {
    if (!wanted || loadedExtras) return;
    let live = true;
    void import('./DayExtras').then((module) => {
      loadedExtras = module;
      if (live) setArrived(module);
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return loadedExtras?.DayExtras ?? null;
}
