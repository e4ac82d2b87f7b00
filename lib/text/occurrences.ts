/**
 * The one way the app counts a string in a text: NON-overlapping
 * occurrences, left to right, as `text.split(needle).length - 1` counts them.
 * Ranking (tf), the concordance (one line per occurrence), the distribution
 * chart, theme membership and the exports all count with these two
 * functions, so "哈哈" in "哈哈哈" is 1 everywhere. Overlapping hits cannot be
 * shown as separate concordance lines, and a reader checking a count with
 * their editor's find gets the same number.
 */

/**
 * Where `needle` occurs in `text`, non-overlapping, left to right.
 *
 * @example occurrenceStarts("发展发展的发展", "发展") // [0, 2, 5]
 * @example occurrenceStarts("哈哈哈", "哈哈") // [0]
 */
export function occurrenceStarts(text: string, needle: string): number[] {
  const starts: number[] = [];
  if (needle === "") return starts;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) starts.push(at);
  return starts;
}

/**
 * How many times `needle` occurs in `text`, non-overlapping, counting at most `cap`.
 *
 * @example countOccurrences("哈哈哈", "哈哈") // 1
 * @example countOccurrences("甲乙甲乙甲", "甲", 2) // 2
 */
export function countOccurrences(text: string, needle: string, cap = Infinity): number {
  if (needle === "") return 0;
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0 && n < cap; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}
