/**
 * How often each term of a token list occurs.
 *
 * @example countTerms(["发展", "治理", "发展"]).get("发展") // 2
 */
export function countTerms(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

