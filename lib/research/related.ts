/**
 * Related paragraphs, computed at build time: for each paragraph, the most
 * similar paragraphs of other essays by TF-IDF cosine over its jieba terms.
 *
 * - Terms: the paragraph's jieba terms that are content words (two or more
 *   characters, not a stop word, not a number; see `isContentWord`).
 * - Weight of term t in paragraph d: (1 + ln tf) · ln(N / df), N the number of
 *   paragraphs compared, df how many contain t. A term in every paragraph
 *   weighs nothing; a term in one paragraph cannot be shared.
 * - Similarity: the cosine of the two weight vectors, from 0 to 1.
 * - Kept: up to `perParagraph` paragraphs of other essays with similarity of
 *   at least `minScore`, best first; with each, the shared terms that
 *   contribute most to the similarity.
 *
 * Exact for corpora where no term is in more than `postingsKept` paragraphs
 * (this one: the commonest content term is in far fewer). Beyond that, each
 * term's list keeps only the paragraphs it weighs most in; candidates are
 * gathered from those lists and the best `rescored` of them are scored
 * exactly, so what is listed is always the true cosine.
 */

export interface RelatedInput {
  id: string;
  /** Paragraphs of the same essay are never related to each other. */
  essay: string;
  /** Content terms of the paragraph, with repeats (each occurrence once). */
  terms: readonly string[];
}

export interface Related {
  id: string;
  /** Cosine similarity, rounded to three decimals. */
  score: number;
  /** Shared terms, the biggest contributors first. */
  shared: string[];
}

export const RELATED = {
  perParagraph: 5,
  minScore: 0.1,
  sharedShown: 6,
  /** Fewer distinct content terms than this and a paragraph is neither given nor offered as related (headings, captions). */
  minTerms: 4,
  postingsKept: 2000,
  rescored: 50,
} as const;

/** A paragraph's weight vector: term ids ascending, their weights, and the vector's length. */
interface Vector {
  terms: Uint32Array;
  weights: Float64Array;
  norm: number;
}

/**
 * Related paragraphs for each input paragraph that has enough terms (a
 * paragraph with none related is absent from the map).
 *
 * @example relatedParagraphs([{ id: "a-p1", essay: "a", terms: [...] }, …]).get("a-p1") // [{ id: "b-p3", score: 0.42, shared: ["基层治理", …] }]
 */
export function relatedParagraphs(inputs: readonly RelatedInput[], options: Partial<typeof RELATED> = {}): Map<string, Related[]> {
  const o = { ...RELATED, ...options };
  const termId = new Map<string, number>();
  const names: string[] = [];
  const counted = inputs.map((p) => {
    const tf = new Map<number, number>();
    for (const term of p.terms) {
      let id = termId.get(term);
      if (id === undefined) {
        id = names.push(term) - 1;
        termId.set(term, id);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    return tf;
  });
  const eligible = counted.map((tf) => tf.size >= o.minTerms);
  const docs = inputs.flatMap((_, i) => (eligible[i] ? [i] : []));
  const n = docs.length;
  const df = new Uint32Array(names.length);
  for (const i of docs) for (const t of counted[i]!.keys()) df[t]!++;

  const vectors = new Map<number, Vector>();
  for (const i of docs) {
    const entries = [...counted[i]!].sort((a, b) => a[0] - b[0]);
    const weights = Float64Array.from(entries, ([t, f]) => (1 + Math.log(f)) * Math.log(n / df[t]!));
    let sum = 0;
    for (const w of weights) sum += w * w;
    vectors.set(i, { terms: Uint32Array.from(entries, ([t]) => t), weights, norm: Math.sqrt(sum) });
  }

  // Per term, the paragraphs containing it with the term's weight there, heaviest first, cut at `postingsKept`.
  const postings: { doc: number; weight: number }[][] = Array.from({ length: names.length }, () => []);
  for (const [i, v] of vectors) v.terms.forEach((t, k) => v.weights[k]! > 0 && df[t]! > 1 && postings[t]!.push({ doc: i, weight: v.weights[k]! }));
  for (const list of postings) if (list.length > o.postingsKept) list.sort((a, b) => b.weight - a.weight).splice(o.postingsKept);

  const out = new Map<string, Related[]>();
  const partial = new Float64Array(inputs.length);
  for (const [i, v] of vectors) {
    if (v.norm === 0) continue;
    const touched: number[] = [];
    v.terms.forEach((t, k) => {
      const w = v.weights[k]!;
      if (w === 0) return;
      for (const { doc, weight } of postings[t]!) {
        if (inputs[doc]!.essay === inputs[i]!.essay) continue;
        if (partial[doc] === 0) touched.push(doc);
        partial[doc]! += w * weight;
      }
    });
    const candidates = touched.sort((a, b) => partial[b]! - partial[a]! || a - b).slice(0, o.rescored);
    for (const doc of touched) partial[doc] = 0;
    const scored = candidates
      .map((doc) => ({ doc, ...cosine(v, vectors.get(doc)!) }))
      .filter((c) => c.score >= o.minScore)
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, o.perParagraph);
    if (scored.length === 0) continue;
    out.set(
      inputs[i]!.id,
      scored.map((c) => ({ id: inputs[c.doc]!.id, score: Math.round(c.score * 1000) / 1000, shared: c.shared.slice(0, o.sharedShown).map((t) => names[t]!) })),
    );
  }
  return out;
}

/** Cosine of two vectors, with the shared terms ordered by their contribution. */
function cosine(a: Vector, b: Vector): { score: number; shared: number[] } {
  let dot = 0;
  const shared: [number, number][] = [];
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    if (a.terms[i]! < b.terms[j]!) i++;
    else if (a.terms[i]! > b.terms[j]!) j++;
    else {
      const c = a.weights[i]! * b.weights[j]!;
      if (c > 0) shared.push([a.terms[i]!, c]);
      dot += c;
      i++;
      j++;
    }
  }
  return { score: a.norm === 0 || b.norm === 0 ? 0 : dot / (a.norm * b.norm), shared: shared.sort((x, y) => y[1] - x[1] || x[0] - y[0]).map(([t]) => t) };
}
