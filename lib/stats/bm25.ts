/**
 * BM25, the one implementation: search ranking (lib/search/score.ts) and
 * theme membership (lib/catalog/themes.ts) both weigh a term with it.
 *
 *   weight(t, d) = idf(t) · tf·(k1+1) / (tf + k1·(1 − b + b·len(d)/avglen))
 *   idf(t)       = ln(1 + (N − df + 0.5)/(df + 0.5))
 *
 * Split in two so a caller scoring many terms of one paragraph computes the
 * length part once (`lengthNorm`) and each term's weight cheaply (`bm25Weight`).
 */

/** The usual parameters (Robertson & Zaragoza): term-frequency saturation and length normalisation. */
export const BM25 = { k1: 1.2, b: 0.75 } as const;

/**
 * Inverse document frequency of a term found in `df` of `documents` texts.
 *
 * @example idf(10, 1000) // ≈ 4.56
 */
export function idf(df: number, documents: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/**
 * The length part of BM25's denominator for a text of `length` characters: k1·(1 − b + b·length/averageLength).
 *
 * @example lengthNorm(150, 150) // 1.2
 */
export function lengthNorm(length: number, averageLength: number, k1: number = BM25.k1, b: number = BM25.b): number {
  return k1 * (1 - b + (b * length) / averageLength);
}

/**
 * One term's weight given its tf, idf and the text's `lengthNorm`.
 *
 * @example bm25Weight(2, idf(10, 1000), lengthNorm(150, 150)) // ≈ 6.27
 */
export function bm25Weight(tf: number, termIdf: number, norm: number, k1: number = BM25.k1): number {
  return tf === 0 ? 0 : (termIdf * tf * (k1 + 1)) / (tf + norm);
}

/**
 * One term's weight in one text.
 *
 * @example bm25(2, idf(10, 1000), 150, 150) // ≈ 6.27
 */
export function bm25(tf: number, termIdf: number, length: number, averageLength: number): number {
  return bm25Weight(tf, termIdf, lengthNorm(length, averageLength));
}
