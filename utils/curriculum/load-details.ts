/**
 * Loads one phase's study details on demand (why, minutes, done-when, resources and the
 * self-check), so the checklist paints from the small plan module and the details follow.
 */
import type { PhaseDetails } from './types';

type DetailsModule = { readonly DETAILS: PhaseDetails };

const modules = import.meta.glob<DetailsModule>('./details/*.ts');
const loaded = new Map<string, PhaseDetails>();

function modulePath(phaseId: string): string {
  return `./details/${phaseId}.ts`;
}

export function hasPhaseDetails(phaseId: string): boolean {
  return modulePath(phaseId) in modules;
}

export async function loadPhaseDetails(phaseId: string): Promise<PhaseDetails | undefined> {
  const cached = loaded.get(phaseId);
  if (cached) return cached;
  const load = modules[modulePath(phaseId)];
  if (!load) return undefined;
  const { DETAILS } = await load();
  loaded.set(phaseId, DETAILS);
  return DETAILS;
}

/** The phase's details if `loadPhaseDetails` already resolved for it. */
export function loadedPhaseDetails(phaseId: string): PhaseDetails | undefined {
  return loaded.get(phaseId);
}
