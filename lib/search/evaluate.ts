/**
 * Retrieval quality measures over a judged query set. Pure functions.
 */

/**
 * Recall at k: the share of relevant paragraphs in the first k results,
 * capped so a query with more than k relevant paragraphs can still score 1.
 *
 * @example recallAtK(["a", "x", "b"], ["a", "b", "c"], 2) // 0.5
 */
export function recallAtK(results: readonly string[], relevant: readonly string[], k: number): number {
  if (relevant.length === 0) return 1;
  const top = new Set(results.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / Math.min(k, relevant.length);
}

/**
 * Reciprocal rank: 1 / the position of the first relevant result, 0 when none is found.
 *
 * @example reciprocalRank(["x", "a"], ["a"]) // 0.5
 */
export function reciprocalRank(results: readonly string[], relevant: readonly string[]): number {
  const set = new Set(relevant);
  const at = results.findIndex((id) => set.has(id));
  return at < 0 ? 0 : 1 / (at + 1);
}

export interface JudgedQuery {
  query: string;
  relevant: string[];
}

export interface Evaluation {
  queries: { query: string; recall: number; reciprocalRank: number; found: number }[];
  recallAt10: number;
  mrr: number;
}

/**
 * Runs every judged query through `search` (which returns ranked paragraph ids) and averages.
 */
export function evaluate(queries: readonly JudgedQuery[], search: (query: string) => string[], k = 10): Evaluation {
  const rows = queries.map(({ query, relevant }) => {
    const results = search(query);
    return { query, recall: recallAtK(results, relevant, k), reciprocalRank: reciprocalRank(results, relevant), found: results.length };
  });
  const mean = (f: (r: (typeof rows)[number]) => number) => rows.reduce((n, r) => n + f(r), 0) / Math.max(1, rows.length);
  return { queries: rows, recallAt10: mean((r) => r.recall), mrr: mean((r) => r.reciprocalRank) };
}
