import type { Language, Resource } from './types';

/** The resources a learner of `language` sees for an item: shared ones plus their stack's. */
export function resourcesFor(
  resources: readonly Resource[],
  language: Language,
): readonly Resource[] {
  return resources.filter((r) => r.language === undefined || r.language === language);
}
