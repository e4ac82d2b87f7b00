import { compareChinese } from "../text/collate";

/**
 * Term distribution: how often each query term occurs in each essay, author,
 * source or theme, absolutely and per 10,000 characters. The counting over
 * the corpus is in research.ts; these are the definitions.
 */

export const DISTRIBUTION_DIMENSIONS = ["essay", "author", "source", "theme"] as const;
export type DistributionDimension = (typeof DISTRIBUTION_DIMENSIONS)[number];

export const DIMENSION_LABEL: Record<DistributionDimension, string> = { essay: "文章", author: "作者", source: "来源", theme: "主题" };

/** How many terms can be compared at once (each gets a colour of its own in the chart). */
export const MAX_COMPARED_TERMS = 6;

/** One group (an essay, an author…) with each term's count. */
export interface DistributionGroup {
  /** What identifies the group in a URL: essay id, author slug, source file, theme slug ("" for essays with no author). */
  value: string;
  label: string;
  /** Characters of text in the group, spaces and punctuation not counted: the denominator of the rate. */
  characters: number;
  /** Occurrences of each term, in the order of the terms. */
  counts: number[];
  /** Occurrences per 10,000 characters, each term, rounded to two decimals. */
  per10k: number[];
}

/**
 * Occurrences per 10,000 characters, to two decimals; 0 for a group without text.
 *
 * @example per10k(3, 1500) // 20
 * @example per10k(1, 30000) // 0.33
 */
export function per10k(count: number, characters: number): number {
  if (characters <= 0) return 0;
  return Math.round((count * 10_000 * 100) / characters) / 100;
}

/**
 * Groups ordered for reading: most occurrences of all terms together first,
 * then the higher rate, then by name.
 */
export function orderGroups(groups: DistributionGroup[]): DistributionGroup[] {
  const total = (g: DistributionGroup) => g.counts.reduce((a, b) => a + b, 0);
  const rate = (g: DistributionGroup) => g.per10k.reduce((a, b) => a + b, 0);
  return [...groups].sort((a, b) => total(b) - total(a) || rate(b) - rate(a) || compareChinese(a.label, b.label) || (a.value < b.value ? -1 : 1));
}
