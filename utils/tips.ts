/**
 * Picks the skill tip shown for a phase: the same on every device for a given
 * day, and no repeats within a phase until every fitting tip has been shown.
 */

import type { Phase, Tip } from './curriculum/types';
import { addDays, daysBetween, type LocalDate } from './date';

function byId(a: Tip, b: Tip): number {
  // Code-unit order, not localeCompare: it must not depend on the device's locale.
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Tips sharing a topic with the phase, ordered by id so reordering the data changes nothing. */
export function tipsForPhase(phase: Phase, tips: readonly Tip[]): readonly Tip[] {
  const phaseTopics = new Set(phase.topics);
  return tips.filter((tip) => tip.topics.some((topic) => phaseTopics.has(topic))).sort(byId);
}

export interface TipOfTheDayInput {
  readonly phase: Phase;
  readonly planStart: LocalDate;
  readonly date: LocalDate;
  readonly tips: readonly Tip[];
  /** 0 for the day's tip; k ≥ 1 for the k-th press of "Another tip". */
  readonly offset?: number;
}

/**
 * Day i of the phase shows entry i of a permutation of the fitting tips, seeded
 * by phase id and plan start, so a tip repeats only after all were shown. Offset
 * k ≥ 1 walks through the other tips and never lands on the day's own tip while
 * two or more fit. With no fitting tip, all tips are used. Throws when `tips` is empty.
 */
export function tipOfTheDay({ phase, planStart, date, tips, offset = 0 }: TipOfTheDayInput): Tip {
  const fitting = tipsForPhase(phase, tips);
  const pool = fitting.length > 0 ? fitting : [...tips].sort(byId);
  if (pool.length === 0) throw new RangeError('tipOfTheDay needs at least one tip');

  const phaseStart = addDays(planStart, phase.firstDay - 1);
  const order = seededPermutation(pool.length, `${phase.id}|${planStart}`);
  const dayIndex = positiveModulo(daysBetween(phaseStart, date), pool.length);
  const shift = Math.trunc(offset);
  const position =
    shift === 0 || pool.length === 1
      ? dayIndex
      : (dayIndex + 1 + positiveModulo(shift - 1, pool.length - 1)) % pool.length;
  const tip = pool[order[position] ?? 0];
  if (!tip) throw new RangeError('tip index out of range');
  return tip;
}

function positiveModulo(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}

/** Indices 0…length-1 shuffled by a PRNG seeded from `seed`; identical on every engine. */
function seededPermutation(length: number, seed: string): number[] {
  const order = Array.from({ length }, (_, index) => index);
  const random = seededRandom(hashString(seed));
  for (let index = length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    const held = order[index] ?? index;
    order[index] = order[other] ?? other;
    order[other] = held;
  }
  return order;
}

/** 32-bit FNV-1a over UTF-16 code units. */
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Small 32-bit generator (mulberry32 construction) returning floats in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
