import { characterPairs } from "../text/grams";

/**
 * How alike two paragraphs are, on their match forms (lib/text/match-form.ts),
 * by their sets of character pairs. Three measures, each 0–1:
 * - `jaccard`: shared pairs over all pairs of both (an edited passage: an OCR
 *   fix leaves it near 1);
 * - `containment(a, b)`: the share of a's pairs found in b (a passage joined
 *   into a longer one, or the half of a split passage, is contained in the other).
 * Thresholds are named here so the aligner and its guard use the same.
 */

/** At or above this Jaccard similarity, two paragraphs are one passage edited. */
export const EDITED_MIN_JACCARD = 0.5;
/** At or above this containment, a passage lives on inside another (joined into it, or split from it). */
export const CONTAINED_MIN = 0.8;
/** Passages shorter than this (in match-form characters) must match exactly: a few pairs say nothing. */
export const SHORT_PASSAGE = 6;
/**
 * A passage is found inside another only when it is at least this long: a
 * short heading like 推动高质量发展 is contained in many body paragraphs
 * that merely mention it.
 */
export const CONTAINED_MIN_LENGTH = 24;

/** At most this many single-character edits turn a short passage (under CONTAINED_MIN_LENGTH) into itself edited: an OCR fix in a heading. */
export const SHORT_EDITS_MAX = 2;
/** Latin letters: a form mostly of them (an English abstract) is compared by longer grams, since letter pairs are shared by any two English texts. */
const LATIN = /[a-z]/gu;
/** Gram length for Latin-dominant forms, and how many Latin letters make a form Latin-dominant (a Chinese heading with "AI" in it is not). */
const LATIN_GRAM = 4;
const LATIN_MIN = 8;

/**
 * The distinct grams of a match form: character pairs, or for a form that is
 * mostly Latin letters, runs of four (letter pairs say nothing: two unrelated
 * English abstracts share half of theirs). A form shorter than a gram is its own.
 *
 * @example [...characterBigrams("治理治理")] // ["治理", "理治"]
 */
export function characterBigrams(form: string): Set<string> {
  const chars = Array.from(form);
  const latin = form.match(LATIN)?.length ?? 0;
  const size = latin >= LATIN_MIN && latin * 2 > chars.length ? LATIN_GRAM : 2;
  if (chars.length < size) return new Set(chars.length > 0 ? [form] : []);
  if (size === 2) return new Set(characterPairs(form));
  const out = new Set<string>();
  for (let i = 0; i + size <= chars.length; i++) out.add(chars.slice(i, i + size).join(""));
  return out;
}

/**
 * Levenshtein distance between two short strings, by code point, stopping
 * early once it exceeds `max` (returns max + 1 then).
 *
 * @example editDistance("内在逻辑", "内在机制", 5) // 2
 */
export function editDistance(a: string, b: string, max: number): number {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[y.length]!;
}

/** How many pairs two sets share. */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** A comparison of two passages. */
export interface Likeness {
  jaccard: number;
  /** The share of the first passage's pairs in the second. */
  firstInSecond: number;
  /** The share of the second passage's pairs in the first. */
  secondInFirst: number;
  shared: number;
}

/**
 * Compares two passages by their pair sets.
 *
 * @example likeness(characterBigrams("数字经济"), characterBigrams("数字经济发展")).firstInSecond // 1
 */
export function likeness(a: ReadonlySet<string>, b: ReadonlySet<string>): Likeness {
  const shared = sharedCount(a, b);
  const union = a.size + b.size - shared;
  return { jaccard: union === 0 ? 1 : shared / union, firstInSecond: a.size === 0 ? 0 : shared / a.size, secondInFirst: b.size === 0 ? 0 : shared / b.size, shared };
}

/**
 * True when two passages are one passage: equal; for a short one (a
 * heading, under CONTAINED_MIN_LENGTH), the same but for at most
 * SHORT_EDITS_MAX characters (an OCR fix: 内在逻辑 and 内在机制 are two
 * headings, not one edited); for longer ones edited (Jaccard), or one
 * holding the other (joined, split).
 *
 * @example samePassage("推动高质量发展", "推动高质量发展") // true
 * @example samePassage("推动高质量发展", "我们要推动高质量发展") // false (too short to be found inside another)
 */
export function samePassage(a: string, b: string, bigramsA?: Set<string>, bigramsB?: Set<string>): boolean {
  if (a === b) return true;
  const lengthA = Array.from(a).length;
  const lengthB = Array.from(b).length;
  if (lengthA < SHORT_PASSAGE || lengthB < SHORT_PASSAGE) return false;
  if (lengthA < CONTAINED_MIN_LENGTH || lengthB < CONTAINED_MIN_LENGTH) return editDistance(a, b, SHORT_EDITS_MAX) <= SHORT_EDITS_MAX;
  const l = likeness(bigramsA ?? characterBigrams(a), bigramsB ?? characterBigrams(b));
  if (l.jaccard >= EDITED_MIN_JACCARD) return true;
  return l.firstInSecond >= CONTAINED_MIN || l.secondInFirst >= CONTAINED_MIN;
}

/**
 * True when passage `a` lives on inside `b` (joined into it): at least
 * CONTAINED_MIN_LENGTH long and CONTAINED_MIN of its grams in `b`. Jaccard
 * alone never makes a join: two similar headings are two headings.
 */
export function heldIn(a: string, b: string, gramsA?: Set<string>, gramsB?: Set<string>): boolean {
  if (a === b) return true;
  if (Array.from(a).length < CONTAINED_MIN_LENGTH) return false;
  return likeness(gramsA ?? characterBigrams(a), gramsB ?? characterBigrams(b)).firstInSecond >= CONTAINED_MIN;
}
