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
 * matching, however jieba cut the paragraph), up to TF_CAP: by then BM25 has
 * saturated (a term 16 times weighs within 3% of one 30 times), and counting
 * on only costs time on very common terms. len is the match form's length,
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
 * Inverse document frequency of a term found in `df` of `documents` paragraphs.
 *
 * @example idf(10, 1000) // ≈ 4.56
 */
export function idf(df: number, documents: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/**
 * BM25 weight of one term in one paragraph, given the term's idf.
 *
 * @example bm25(2, idf(10, 1000), 150, 150) // ≈ 6.27
 */
export function bm25(tf: number, termIdf: number, length: number, averageLength: number): number {
  if (tf === 0) return 0;
  return (termIdf * tf * (RANKING.k1 + 1)) / (tf + RANKING.k1 * (1 - RANKING.b + (RANKING.b * length) / averageLength));
}

/** Occurrences beyond this do not change a paragraph's BM25 weight by more than 3%, so they are not counted. */
export const TF_CAP = 16;

/**
 * Occurrences of `needle` in `text`, overlapping ones included, up to `cap`.
 *
 * @example occurrences("aaa", "aa") // 2
 */
export function occurrences(text: string, needle: string, cap = Infinity): number {
  if (needle === "") return 0;
  let n = 0;
  let at = text.indexOf(needle);
  while (at >= 0 && n < cap) {
    n++;
    at = text.indexOf(needle, at + 1);
  }
  return n;
}

/**
 * Length of the shortest stretch of `text` that holds an occurrence of every
 * needle, or null when one is missing. Sweeps the needles' occurrence lists
 * together, always advancing the one that starts first.
 *
 * @example shortestCover("甲乙丙丁甲戊", ["甲", "戊"]) // 2
 */
export function shortestCover(text: string, needles: readonly string[]): number | null {
  const k = needles.length;
  if (k === 2) return shortestCoverOfTwo(text, needles[0]!, needles[1]!);
  const positions: number[][] = [];
  for (let i = 0; i < k; i++) {
    const list: number[] = [];
    const needle = needles[i]!;
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) list.push(at);
    if (list.length === 0) return null;
    positions.push(list);
  }
  const cursor = new Array<number>(k).fill(0);
  let best: number | null = null;
  for (;;) {
    let first = 0;
    let start = Infinity;
    let end = -Infinity;
    for (let i = 0; i < k; i++) {
      const at = positions[i]![cursor[i]!]!;
      if (at < start) {
        start = at;
        first = i;
      }
      end = Math.max(end, at + needles[i]!.length);
    }
    if (best === null || end - start < best) best = end - start;
    if (++cursor[first]! >= positions[first]!.length) return best;
  }
}

/** `shortestCover` for two needles (the usual two-word query) without building occurrence lists. */
function shortestCoverOfTwo(text: string, a: string, b: string): number | null {
  let i = text.indexOf(a);
  let j = text.indexOf(b);
  if (i < 0 || j < 0) return null;
  let best = Infinity;
  while (i >= 0 && j >= 0) {
    const span = Math.max(i + a.length, j + b.length) - Math.min(i, j);
    if (span < best) best = span;
    if (i <= j) i = text.indexOf(a, i + 1);
    else j = text.indexOf(b, j + 1);
  }
  return best;
}
