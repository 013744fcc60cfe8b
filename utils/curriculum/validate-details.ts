/**
 * Checks that every day of a plan is something a learner can study from: each shown item
 * has why, minutes, done-when and 1-3 resources per stack; each day has 1-2 self-check
 * questions and fits the plan's daily time. Pure: returns human-readable problems.
 */
import { isLanguage, LANGUAGES } from '../model/ids';
import { resourcesFor } from './resources';
import type { Language, PhaseDetails, Plan, Wording } from './types';

const RESOURCE_KINDS: readonly string[] = ['docs', 'tutorial', 'video', 'book', 'tool'];
const MIN_CHECKS = 1;
const MAX_CHECKS = 2;
const MIN_RESOURCES = 1;
const MAX_RESOURCES = 3;

function isBlank(wording: Wording | undefined): boolean {
  if (!wording || wording.text.trim() === '') return true;
  return Object.values(wording.byLanguage ?? {}).some((text) => !text || text.trim() === '');
}

/** Why a URL is not acceptable, or null when it is. */
export function resourceUrlProblem(url: string, domains: readonly string[]): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.protocol !== 'https:') return 'is not https';
  if (!domains.includes(parsed.hostname)) return `is on ${parsed.hostname}, not in the allowlist`;
  if (parsed.pathname === '/' || parsed.pathname === '') return 'is a bare home page';
  if (parsed.username || parsed.password) return 'carries credentials';
  return null;
}

export function validatePlanDetails(
  plan: Plan,
  details: readonly PhaseDetails[],
  domains: readonly string[],
): string[] {
  const problems: string[] = [];
  const byPhase = new Map(details.map((d) => [d.phaseId, d]));
  const knownItems = new Set<string>();
  const knownDays = new Set<string>();

  for (const phase of plan.phases) {
    const phaseDetails = byPhase.get(phase.id);
    if (!phaseDetails) {
      problems.push(`phase ${phase.id}: has no details module`);
      continue;
    }
    phase.days.forEach((planDay, dayIndex) => {
      const dayKey = `${phase.id}.d${dayIndex + 1}`;
      knownDays.add(dayKey);
      for (const item of planDay.retired) knownItems.add(item.id);
      const checks = phaseDetails.checks[dayKey] ?? [];
      if (checks.length < MIN_CHECKS || checks.length > MAX_CHECKS) {
        problems.push(`day ${dayKey}: has ${checks.length} self-check questions, expected 1-2`);
      }
      for (const check of checks) {
        if (isBlank(check.question)) problems.push(`${check.id}: question is empty`);
        if (isBlank(check.answer)) problems.push(`${check.id}: answer is empty`);
      }
      let totalMinutes = 0;
      const urlsToday = new Map<Language, Set<string>>();
      for (const item of planDay.items) {
        knownItems.add(item.id);
        const found = phaseDetails.items[item.id];
        if (!found) {
          problems.push(`item ${item.id}: has no details`);
          continue;
        }
        if (isBlank(found.why)) problems.push(`item ${item.id}: why is empty`);
        if (isBlank(found.doneWhen)) problems.push(`item ${item.id}: doneWhen is empty`);
        if (!(Number.isInteger(found.minutes) && found.minutes >= 5 && found.minutes <= 180)) {
          problems.push(`item ${item.id}: minutes ${found.minutes} is not 5-180`);
        } else {
          totalMinutes += found.minutes;
        }
        for (const language of LANGUAGES) {
          const shown = resourcesFor(found.resources, language).length;
          if (shown < MIN_RESOURCES || shown > MAX_RESOURCES) {
            problems.push(`item ${item.id}: shows ${shown} resources in ${language}, expected 1-3`);
          }
        }
        for (const resource of found.resources) {
          const where = `item ${item.id} resource "${resource.title}"`;
          if (resource.title.trim() === '') problems.push(`${where}: title is empty`);
          if (!RESOURCE_KINDS.includes(resource.kind)) {
            problems.push(`${where}: unknown kind "${resource.kind}"`);
          }
          if (resource.language !== undefined && !isLanguage(resource.language)) {
            problems.push(`${where}: unknown language "${resource.language}"`);
          }
          const urlProblem = resourceUrlProblem(resource.url, domains);
          if (urlProblem) problems.push(`${where}: ${resource.url} ${urlProblem}`);
        }
        for (const language of LANGUAGES) {
          for (const resource of resourcesFor(found.resources, language)) {
            const seen = urlsToday.get(language) ?? new Set<string>();
            if (seen.has(resource.url)) {
              problems.push(`day ${dayKey}: links ${resource.url} twice (${language})`);
            }
            seen.add(resource.url);
            urlsToday.set(language, seen);
          }
        }
      }
      const { min, max } = plan.dailyMinutes;
      if (totalMinutes < min || totalMinutes > max) {
        problems.push(
          `day ${dayKey}: items add up to ${totalMinutes} minutes, expected ${min}-${max}`,
        );
      }
    });
    for (const id of Object.keys(phaseDetails.items)) {
      if (!knownItems.has(id)) problems.push(`details ${id}: no such item in ${plan.id}`);
    }
    for (const dayKey of Object.keys(phaseDetails.checks)) {
      if (!knownDays.has(dayKey)) problems.push(`details ${dayKey}: no such day in ${plan.id}`);
    }
  }
  for (const phaseId of byPhase.keys()) {
    if (
      !plan.phases.some((phase) => phase.id === phaseId) &&
      phaseId.startsWith(`p${plan.lengthDays}-`)
    ) {
      problems.push(`details ${phaseId}: no such phase in ${plan.id}`);
    }
  }
  return problems;
}
