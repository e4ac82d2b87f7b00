/**
 * Chinese collation for labels (titles, names, institutions) shown in order.
 * One collator for the process: `localeCompare` with a locale builds a new
 * one on every call, which is slow in a sort.
 */
const collator = new Intl.Collator("zh");

/**
 * Compares two labels in Chinese collation order.
 *
 * @example ["王", "李"].sort(compareChinese) // ["李", "王"]
 */
export function compareChinese(a: string, b: string): number {
  return collator.compare(a, b);
}
