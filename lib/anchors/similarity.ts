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

/**
 * The distinct character pairs of a match form (a one-character form is its own pair).
 *
 * @example [...characterBigrams("治理治理")] // ["治理", "理治"]
 */
export function characterBigrams(form: string): Set<string> {
  const chars = Array.from(form);
  if (chars.length < 2) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
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
 * True when two passages are one passage: equal, edited (Jaccard), or one
 * long enough holding the other (joined, split). Short passages (headings
 * like 一、) must be equal.
 *
 * @example samePassage("推动高质量发展", "推动高质量发展") // true
 * @example samePassage("推动高质量发展", "我们要推动高质量发展") // false (too short to be found inside another)
 */
export function samePassage(a: string, b: string, bigramsA = characterBigrams(a), bigramsB = characterBigrams(b)): boolean {
  if (a === b) return true;
  const lengthA = Array.from(a).length;
  const lengthB = Array.from(b).length;
  if (lengthA < SHORT_PASSAGE || lengthB < SHORT_PASSAGE) return false;
  const l = likeness(bigramsA, bigramsB);
  if (l.jaccard >= EDITED_MIN_JACCARD) return true;
  return (lengthA >= CONTAINED_MIN_LENGTH && l.firstInSecond >= CONTAINED_MIN) || (lengthB >= CONTAINED_MIN_LENGTH && l.secondInFirst >= CONTAINED_MIN);
}
