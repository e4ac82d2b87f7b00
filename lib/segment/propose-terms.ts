/**
 * Candidate dictionary terms: strings of Han characters that recur in the
 * corpus and that jieba cuts into pieces. The reviewed ones go into
 * `seeds/user-dict.utf8`; this only proposes.
 *
 * A candidate must be frequent (`minCount`), must not just be part of a longer
 * candidate that occurs as often (新质生产 is only ever inside 新质生产力),
 * and must hold together: for every way of cutting it in two, the whole occurs
 * often compared with its halves (cohesion). 发展新质生产力 falls apart at
 * 发展 | 新质生产力 because 发展 occurs everywhere. And where it occurs, jieba's
 * cut of the text must start and end a token at its edges at least half the
 * time: 质生产 (inside the token 新质生产力) is not a term jieba splits.
 */

export interface TermCandidate {
  term: string;
  count: number;
  /** How jieba cuts the term today. */
  cut: string[];
  /** min over cut points of count(term) / sqrt(count(left) × count(right)), 0–1. */
  cohesion: number;
}

export interface ProposeOptions {
  minCount: number;
  minLength: number;
  maxLength: number;
  minCohesion: number;
}

export const DEFAULT_PROPOSE_OPTIONS: ProposeOptions = { minCount: 3, minLength: 3, maxLength: 7, minCohesion: 0.3 };

/** A string is only part of a longer one when the longer one accounts for this share of its occurrences. */
const SUBSUMED_SHARE = 0.9;
/** Share of occurrences whose edges must fall on jieba token edges. */
const ALIGNED_SHARE = 0.5;

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * Proposes terms from paragraph texts, best first.
 *
 * @example proposeTerms(paragraphs, (t) => nodejieba.cut(t, true))[0]?.term // "新质生产力" before it is in the dictionary
 */
export function proposeTerms(texts: readonly string[], cut: (text: string) => string[], options: Partial<ProposeOptions> = {}): TermCandidate[] {
  const o = { ...DEFAULT_PROPOSE_OPTIONS, ...options };
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [run] of text.matchAll(HAN_RUN)) {
      const chars = [...run];
      for (let n = 1; n <= o.maxLength + 1; n++) {
        for (let i = 0; i + n <= chars.length; i++) {
          const gram = chars.slice(i, i + n).join("");
          counts.set(gram, (counts.get(gram) ?? 0) + 1);
        }
      }
    }
  }

  // A string is subsumed when a one-character-longer string containing it occurs as often.
  const subsumed = new Set<string>();
  for (const [gram, n] of counts) {
    const chars = [...gram];
    if (chars.length < 2) continue;
    const prefix = chars.slice(0, -1).join("");
    const suffix = chars.slice(1).join("");
    if (n >= SUBSUMED_SHARE * (counts.get(prefix) ?? Infinity)) subsumed.add(prefix);
    if (n >= SUBSUMED_SHARE * (counts.get(suffix) ?? Infinity)) subsumed.add(suffix);
  }

  const cutTexts = texts.map((text) => ({ text, edges: tokenEdges(cut(text)) }));
  const candidates: TermCandidate[] = [];
  for (const [term, count] of counts) {
    const chars = [...term];
    if (chars.length < o.minLength || chars.length > o.maxLength || count < o.minCount || subsumed.has(term)) continue;
    let cohesion = 1;
    for (let k = 1; k < chars.length; k++) {
      const left = counts.get(chars.slice(0, k).join("")) ?? count;
      const right = counts.get(chars.slice(k).join("")) ?? count;
      cohesion = Math.min(cohesion, count / Math.sqrt(left * right));
    }
    if (cohesion < o.minCohesion) continue;
    const pieces = cut(term);
    if (pieces.length < 2 || alignedShare(term, cutTexts) < ALIGNED_SHARE) continue;
    candidates.push({ term, count, cut: pieces, cohesion });
  }
  return candidates.sort((a, b) => b.cohesion * Math.log(b.count) - a.cohesion * Math.log(a.count) || a.term.localeCompare(b.term));
}

/** UTF-16 offsets where jieba's tokens start or end. */
function tokenEdges(tokens: readonly string[]): Set<number> {
  const edges = new Set<number>([0]);
  let at = 0;
  for (const token of tokens) edges.add((at += token.length));
  return edges;
}

/** Share of the occurrences of `term` whose both edges fall on token edges. */
function alignedShare(term: string, cutTexts: readonly { text: string; edges: Set<number> }[]): number {
  let total = 0;
  let aligned = 0;
  for (const { text, edges } of cutTexts) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
      total++;
      if (edges.has(at) && edges.has(at + term.length)) aligned++;
    }
  }
  return total === 0 ? 0 : aligned / total;
}
