import { RELATED_FORMAT_VERSION } from "../types";
import type { Related, RelatedFile } from "./table";

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
 * (this one: the commonest content term, 发展, is in 71 of 103). Beyond that, each
 * term's list keeps only the paragraphs it weighs most in, which bounds the
 * work per paragraph; candidates are gathered from those lists and the best
 * `rescored` of them are scored exactly, so what is listed is always the
 * true cosine, though at scale a candidate may be missed.
 */

export interface RelatedInput {
  id: string;
  /** Paragraphs of the same essay are never related to each other. */
  essay: string;
  /** Content terms of the paragraph, with repeats (each occurrence once). */
  terms: readonly string[];
}

/** What the build keeps per paragraph, and the exactness bounds (written into related.json as `options`). */
export const RELATED = {
  perParagraph: 5,
  minScore: 0.1,
  sharedShown: 6,
  /** Fewer distinct content terms than this and a paragraph is neither given nor offered as related (headings, captions). */
  minTerms: 4,
  postingsKept: 200,
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
export function relatedParagraphs(inputs: readonly RelatedInput[], options: Partial<Record<keyof typeof RELATED, number>> = {}): Map<string, Related[]> {
  const o = { ...RELATED, ...options };
  const termId = new Map<string, number>();
  const names: string[] = [];
  const essayId = new Map<string, number>();
  const essayOf = new Int32Array(inputs.length);

  // Term frequencies per paragraph, as sorted term ids.
  const counted: { terms: Uint32Array; tf: Uint32Array }[] = inputs.map((p, i) => {
    let e = essayId.get(p.essay);
    if (e === undefined) essayId.set(p.essay, (e = essayId.size));
    essayOf[i] = e;
    const tf = new Map<number, number>();
    for (const term of p.terms) {
      let id = termId.get(term);
      if (id === undefined) {
        id = names.push(term) - 1;
        termId.set(term, id);
      }
      tf.set(id, (tf.get(id) ?? 0) + 1);
    }
    const entries = [...tf].sort((a, b) => a[0] - b[0]);
    return { terms: Uint32Array.from(entries, ([t]) => t), tf: Uint32Array.from(entries, ([, f]) => f) };
  });
  const docs = inputs.flatMap((_, i) => (counted[i]!.terms.length >= o.minTerms ? [i] : []));
  const n = docs.length;
  const df = new Uint32Array(names.length);
  for (const i of docs) for (const t of counted[i]!.terms) df[t]!++;

  const vectors = new Array<Vector | undefined>(inputs.length);
  const norms = new Float64Array(inputs.length);
  for (const i of docs) {
    const { terms, tf } = counted[i]!;
    const weights = new Float64Array(terms.length);
    let sum = 0;
    for (let k = 0; k < terms.length; k++) {
      weights[k] = (1 + Math.log(tf[k]!)) * Math.log(n / df[terms[k]!]!);
      sum += weights[k]! * weights[k]!;
    }
    vectors[i] = { terms, weights, norm: Math.sqrt(sum) };
    norms[i] = Math.sqrt(sum);
  }

  const postings = buildPostings(docs, vectors, df, names.length, o.postingsKept);

  const out = new Map<string, Related[]>();
  const partial = new Float64Array(inputs.length);
  const touched = new Int32Array(inputs.length);
  const best = new Int32Array(o.rescored);
  const bestScore = new Float64Array(o.rescored);
  for (const i of docs) {
    const v = vectors[i]!;
    if (v.norm === 0) continue;
    let nTouched = 0;
    for (let k = 0; k < v.terms.length; k++) {
      const w = v.weights[k]!;
      if (w === 0) continue;
      const t = v.terms[k]!;
      for (let j = postings.start[t]!; j < postings.start[t + 1]!; j++) {
        const doc = postings.doc[j]!;
        if (essayOf[doc] === essayOf[i]) continue;
        if (partial[doc] === 0) touched[nTouched++] = doc;
        partial[doc]! += w * postings.weight[j]!;
      }
    }
    // The best `rescored` by the cosine the gathered part of the dot product gives (exact when no list was cut).
    let kept = 0;
    for (let j = 0; j < nTouched; j++) {
      const doc = touched[j]!;
      const score = partial[doc]! / norms[doc]!;
      partial[doc] = 0;
      if (kept === best.length && !(score > bestScore[kept - 1]! || (score === bestScore[kept - 1]! && doc < best[kept - 1]!))) continue;
      let at = kept < best.length ? kept++ : kept - 1;
      while (at > 0 && (bestScore[at - 1]! < score || (bestScore[at - 1] === score && best[at - 1]! > doc))) {
        best[at] = best[at - 1]!;
        bestScore[at] = bestScore[at - 1]!;
        at--;
      }
      best[at] = doc;
      bestScore[at] = score;
    }
    const scored = Array.from(best.subarray(0, kept), (doc) => ({ doc, score: cosine(v, vectors[doc]!) }))
      .filter((c) => c.score >= o.minScore)
      .sort((a, b) => b.score - a.score || a.doc - b.doc)
      .slice(0, o.perParagraph);
    if (scored.length === 0) continue;
    out.set(
      inputs[i]!.id,
      scored.map((c) => ({ id: inputs[c.doc]!.id, score: Math.round(c.score * 1000) / 1000, shared: sharedTerms(v, vectors[c.doc]!, o.sharedShown).map((t) => names[t]!) })),
    );
  }
  return out;
}

/**
 * Per term, the paragraphs containing it with the term's weight there, in
 * flat arrays (term t's entries are start[t] … start[t + 1] − 1). A term in
 * one paragraph, or in all, is left out: it cannot add to a similarity. A
 * list longer than `kept` keeps the paragraphs the term weighs most in.
 */
function buildPostings(docs: number[], vectors: (Vector | undefined)[], df: Uint32Array, terms: number, kept: number) {
  const length = new Uint32Array(terms);
  for (const i of docs) {
    const v = vectors[i]!;
    for (let k = 0; k < v.terms.length; k++) if (v.weights[k]! > 0 && df[v.terms[k]!]! > 1) length[v.terms[k]!]!++;
  }
  const fullStart = new Uint32Array(terms + 1);
  for (let t = 0; t < terms; t++) fullStart[t + 1] = fullStart[t]! + length[t]!;
  const fullDoc = new Int32Array(fullStart[terms]!);
  const fullWeight = new Float64Array(fullStart[terms]!);
  const fill = fullStart.slice(0, terms);
  for (const i of docs) {
    const v = vectors[i]!;
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k]!;
      if (!(v.weights[k]! > 0 && df[t]! > 1)) continue;
      fullDoc[fill[t]!] = i;
      fullWeight[fill[t]!++] = v.weights[k]!;
    }
  }
  const start = new Uint32Array(terms + 1);
  for (let t = 0; t < terms; t++) start[t + 1] = start[t]! + Math.min(length[t]!, kept);
  const doc = new Int32Array(start[terms]!);
  const weight = new Float64Array(start[terms]!);
  for (let t = 0; t < terms; t++) {
    const from = fullStart[t]!;
    let order = Array.from({ length: length[t]! }, (_, j) => from + j);
    if (order.length > kept) order = order.sort((a, b) => fullWeight[b]! - fullWeight[a]! || fullDoc[a]! - fullDoc[b]!).slice(0, kept);
    order.forEach((j, k) => {
      doc[start[t]! + k] = fullDoc[j]!;
      weight[start[t]! + k] = fullWeight[j]!;
    });
  }
  return { start, doc, weight };
}

/** Cosine of two vectors (term ids ascending in both). */
function cosine(a: Vector, b: Vector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else dot += a.weights[i++]! * b.weights[j++]!;
  }
  return dot / (a.norm * b.norm);
}

/** The terms two vectors share, the biggest contributors to their similarity first, at most `count`. */
function sharedTerms(a: Vector, b: Vector, count: number): number[] {
  const shared: [number, number][] = [];
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const c = a.weights[i++]! * b.weights[j++]!;
      if (c > 0) shared.push([x, c]);
    }
  }
  return shared
    .sort((p, q) => q[1] - p[1] || p[0] - q[0])
    .slice(0, count)
    .map(([t]) => t);
}

/** Encodes the lists for `related.json`, paragraphs numbered by `paragraphIds` (corpus order). */
export function encodeRelated(paragraphIds: readonly string[], related: Map<string, Related[]>): RelatedFile {
  const index = new Map(paragraphIds.map((id, i) => [id, i]));
  const termIndex = new Map<string, number>();
  const terms: string[] = [];
  const start: number[] = [0];
  const entries: number[] = [];
  for (const id of paragraphIds) {
    for (const r of related.get(id) ?? []) {
      entries.push(index.get(r.id)!, Math.round(r.score * 1000), r.shared.length);
      for (const term of r.shared) {
        let t = termIndex.get(term);
        if (t === undefined) termIndex.set(term, (t = terms.push(term) - 1));
        entries.push(t);
      }
    }
    start.push(entries.length);
  }
  return { formatVersion: RELATED_FORMAT_VERSION, measure: "TF-IDF cosine over jieba content terms", options: RELATED, paragraphIds: [...paragraphIds], terms, start, entries };
}

