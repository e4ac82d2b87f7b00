/**
 * The relevance score, documented here and nowhere else:
 *
 *   score = Σ over the query's jieba terms t of  idf(t) · tf·(k1+1) / (tf + k1·(1 − b + b·len/avglen))   (BM25)
 *         + AUTHOR   when a query word is the paragraph's author's name or institution
 *         + TITLE    for each query word in the essay's title
 *         + HEADING  for each query word in the paragraph's section heading (or the paragraph is that heading)
 *         + PHRASE   when the query's words occur next to each other, in the order typed
 *         + PROXIMITY · (total length of the words / length of the shortest stretch holding all of them)
 *         + LEAD     when the paragraph opens with a query word (its topic sentence is about it)
 *         + SUMMARY  (negative) for a summary-box paragraph, which repeats sentences of its own essay:
 *                    it ranks just below the body paragraph it repeats
 *
 * tf counts occurrences in the paragraph's match form (so it agrees with
 * matching, however jieba cut the paragraph), len is the match form's length,
 * idf = ln(1 + (N − df + 0.5)/(df + 0.5)) over all N paragraphs. Equal scores
 * keep corpus order.
 */

export const RANKING = {
  k1: 1.2,
  b: 0.75,
  /** Large enough that an author's or institution's own paragraphs come first when the query names them. */
  author: 20,
  title: 1.5,
  heading: 1,
  phrase: 2,
  proximity: 1.5,
  lead: 0.5,
  summary: -0.5,
} as const;

/**
 * BM25 weight of one term in one paragraph.
 *
 * @example bm25(2, 10, 1000, 150, 150) // ≈ 6.2
 */
export function bm25(tf: number, df: number, documents: number, length: number, averageLength: number): number {
  if (tf === 0) return 0;
  const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
  return (idf * tf * (RANKING.k1 + 1)) / (tf + RANKING.k1 * (1 - RANKING.b + (RANKING.b * length) / averageLength));
}

/**
 * Occurrences of `needle` in `text`, overlapping ones included.
 *
 * @example occurrences("aaa", "aa") // 2
 */
export function occurrences(text: string, needle: string): number {
  if (needle === "") return 0;
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/**
 * Length of the shortest stretch of `text` that holds an occurrence of every
 * needle, or null when one is missing.
 *
 * @example shortestCover("甲乙丙丁甲戊", ["甲", "戊"]) // 2
 */
export function shortestCover(text: string, needles: readonly string[]): number | null {
  const events: { at: number; end: number; which: number }[] = [];
  needles.forEach((needle, which) => {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) events.push({ at, end: at + needle.length, which });
  });
  if (new Set(events.map((e) => e.which)).size < needles.length) return null;
  events.sort((a, b) => a.at - b.at);
  let best: number | null = null;
  const latest = new Map<number, { at: number; end: number }>();
  for (const event of events) {
    latest.set(event.which, event);
    if (latest.size === needles.length) {
      const values = [...latest.values()];
      const start = Math.min(...values.map((v) => v.at));
      const end = Math.max(...values.map((v) => v.end));
      if (best === null || end - start < best) best = end - start;
    }
  }
  return best;
}
