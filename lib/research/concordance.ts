import { matchFormWithOffsets } from "../text/match-form";

/**
 * The pieces of a concordance (keyword in context), as small pure functions:
 * finding occurrences in a match form, cutting a context window from the
 * original text, and the sort keys. `lib/research/research.ts` puts them
 * together over the whole corpus.
 */

/** How many characters of context a line shows on each side: the default and the allowed range. */
export const CONTEXT = { default: 20, min: 5, max: 80 } as const;

/** The ways a concordance can be ordered. */
export const KWIC_SORTS = ["position", "left", "right", "essay", "author"] as const;
export type KwicSort = (typeof KWIC_SORTS)[number];

/** How many folded characters on each side the left and right sorts compare. */
export const SORT_KEY_LENGTH = 30;

/** One concordance line's text: the hit and up to `width` characters of the paragraph on each side. */
export interface ContextWindow {
  left: string;
  match: string;
  right: string;
  /** True when the paragraph goes on beyond the window on that side. */
  cutLeft: boolean;
  cutRight: boolean;
}

/**
 * The window around `text.slice(start, end)`: `width` characters (not UTF-16
 * units: 𠀀 is one) on each side, never beyond the paragraph.
 *
 * @example contextWindow("加快发展新质生产力。", 4, 9, 2) // { left: "发展", match: "新质生产力", right: "。", cutLeft: true, cutRight: false }
 */
export function contextWindow(text: string, start: number, end: number, width: number): ContextWindow {
  const before = Array.from(text.slice(0, start));
  const after = Array.from(text.slice(end));
  return {
    left: before.slice(Math.max(0, before.length - width)).join(""),
    match: text.slice(start, end),
    right: after.slice(0, width).join(""),
    cutLeft: before.length > width,
    cutRight: after.length > width,
  };
}

/**
 * Maps an occurrence in a paragraph's match form back to its span of the
 * paragraph's text (the match form drops spaces and punctuation and folds
 * variants, so positions differ).
 */
export function textSpan(offsets: ReturnType<typeof matchFormWithOffsets>, at: number, length: number): [number, number] {
  return [offsets.starts[at]!, offsets.ends[at + length - 1]!];
}

/**
 * The left sort key: the folded characters before the hit, nearest first,
 * so lines group by the word just before the hit (…高质量|发展 next to …推动高质量|发展).
 *
 * @example leftKey("推动高质量发展", 5) // "量质高动推"
 */
export function leftKey(form: string, at: number, length = SORT_KEY_LENGTH): string {
  return Array.from(form.slice(Math.max(0, at - length), at)).reverse().join("");
}

/**
 * The right sort key: the folded characters after the hit.
 *
 * @example rightKey("发展新质生产力", 0, 2) // "新质生产力"
 */
export function rightKey(form: string, at: number, matchLength: number, length = SORT_KEY_LENGTH): string {
  return form.slice(at + matchLength, at + matchLength + length);
}

/** Compares two strings by UTF-16 code unit: fast, and it puts identical contexts together (which is what a sorted concordance is for). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
