/**
 * Shapes of the bundled curriculum. Progress is keyed on these ids, so an id
 * never changes meaning once shipped (test/fixtures/shipped-ids.json guards that).
 */

import type { Language, PlanId } from '../model/ids';

export type { Language, PlanId } from '../model/ids';

export type Topic =
  | 'fundamentals'
  | 'web-basics'
  | 'architecture'
  | 'databases'
  | 'frameworks'
  | 'apis'
  | 'version-control'
  | 'collaboration'
  | 'advanced'
  | 'orm'
  | 'security'
  | 'devops'
  | 'performance'
  | 'specialization'
  | 'testing'
  | 'project'
  | 'career';

/** Text with optional wording per preferred language, where the plans differ by stack. */
export interface Wording {
  readonly text: string;
  readonly byLanguage?: Readonly<Partial<Record<Language, string>>>;
}

export interface ChecklistItem extends Wording {
  /** Stable id, `${phase.id}.d${dayInPhase}.${n}`, e.g. `p60-databases.d2.1`. */
  readonly id: string;
}

export interface PlanDay {
  /** 1-based day of the whole plan. */
  readonly day: number;
  /** What the day is about, in a few words. */
  readonly title: string;
  /** The checklist as shown. */
  readonly items: readonly ChecklistItem[];
  /**
   * Items whose task changed and which were replaced by a new id. Not shown, but old
   * progress on them still imports, exports and counts in history.
   */
  readonly retired: readonly ChecklistItem[];
}

export type ResourceKind = 'docs' | 'tutorial' | 'video' | 'book' | 'tool';

/** A free learning resource, opened in a new tab only when the learner clicks it. */
export interface Resource {
  readonly title: string;
  /** https, on a domain in `resource-domains.ts`, with a real path. */
  readonly url: string;
  readonly kind: ResourceKind;
  /** Shown only to learners of this stack; shown to everyone when absent. */
  readonly language?: Language;
}

/** What a learner needs to study one checklist item. */
export interface ItemDetails {
  /** One sentence on why this matters for a back-end job. */
  readonly why: Wording;
  /** A realistic estimate, in minutes. */
  readonly minutes: number;
  /** A concrete, checkable outcome. */
  readonly doneWhen: Wording;
  /** 1-3 per language view (shared ones plus the learner's stack's). */
  readonly resources: readonly Resource[];
}

/** A short question with its answer, for "Check yourself". Ids are stable: `${dayKey}.q${n}`. */
export interface SelfCheck {
  readonly id: string;
  readonly question: Wording;
  readonly answer: Wording;
}

/** The study details of one phase, loaded on demand: keyed by item id and by day key. */
export interface PhaseDetails {
  readonly phaseId: string;
  readonly items: Readonly<Record<string, ItemDetails>>;
  /** Keyed by day key `${phase.id}.d${dayInPhase}`. */
  readonly checks: Readonly<Record<string, readonly SelfCheck[]>>;
}

export interface Phase {
  /** Stable id, e.g. `p60-databases`. */
  readonly id: string;
  readonly firstDay: number;
  readonly lastDay: number;
  /** The focus area exactly as the source table names it. */
  readonly focus: string;
  /** The phase's task, in our own words. */
  readonly goal: Wording;
  readonly topics: readonly Topic[];
  /** One entry per day of the phase, in order. */
  readonly days: readonly PlanDay[];
}

export interface Plan {
  readonly id: PlanId;
  readonly lengthDays: number;
  /** The daily study time the plan promises; every day's item minutes add up inside it. */
  readonly dailyMinutes: { readonly min: number; readonly max: number };
  readonly title: string;
  /** What choosing this plan means, for onboarding. */
  readonly summary: string;
  readonly phases: readonly Phase[];
}

export type TipOrigin = 'skill' | 'responsibility' | 'step' | 'work-hours' | 'pros-cons';

export interface Tip extends Wording {
  readonly id: string;
  readonly origin: TipOrigin;
  readonly topics: readonly Topic[];
}

/** Where a figure comes from, as the source page gives it. */
export interface Attribution {
  /** Who the page credits for the figure (e.g. "Indeed"), or the page itself. */
  readonly source: string;
  /** Year the page gives for the figure; null where the page gives none. */
  readonly year: number | null;
  /** Which of the two career pages states it. */
  readonly page: string;
}

export interface SalaryFigure {
  readonly id: string;
  readonly label: string;
  /** Yearly amount in Indian rupees. */
  readonly annualInr: number;
  readonly attribution: Attribution;
}

export interface PayBand {
  /** As the source labels it, e.g. "0-1", "10+". */
  readonly years: string;
  readonly annualInr: number;
}

export interface CareerFacts {
  readonly salaries: readonly SalaryFigure[];
  /** Low and high ends of the salary range, where the page gives one. */
  readonly salaryRange: {
    readonly lowInr: number;
    readonly highInr: number;
    readonly attribution: Attribution;
  };
  readonly payByExperience: {
    readonly bands: readonly PayBand[];
    readonly attribution: Attribution;
  };
  readonly workHours: readonly string[];
  readonly responsibilities: readonly string[];
  readonly education: readonly string[];
  readonly pros: readonly string[];
  readonly cons: readonly string[];
}
