import { BM25, bm25Weight, idf, lengthNorm } from "../stats/bm25";
import { matchForm } from "../text/match-form";
import type { ParagraphColumns } from "./columns";
import { termFrequency, type PostingCursor, type PostingLists } from "./postings";
import type { ParsedQuery, QueryUnit } from "./query";

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
 * BM25 is lib/stats/bm25.ts. tf counts non-overlapping occurrences in the
 * paragraph's match form (lib/text/occurrences.ts, so it agrees with
 * matching and with the concordance, however jieba cut the paragraph), up to
 * TF_CAP (postings.ts): by then BM25 has
 * saturated (a term 16 times weighs within 3% of one 30 times), and counting
 * on only costs time on very common terms. len is the match form's length,
 * idf = ln(1 + (N − df + 0.5)/(df + 0.5)) over all N paragraphs. Equal scores
 * keep corpus order.
 */

export const RANKING = {
  k1: BM25.k1,
  b: BM25.b,
  /** Large enough that an author's or institution's own paragraphs come first when the query names them. */
  author: 20,
  title: 1.5,
  heading: 1,
  phrase: 2,
  proximity: 1.5,
  lead: 0.5,
  summary: -0.5,
} as const;


/** A query term while scoring: its postings with a cursor, and its idf. */
interface QueryTerm extends PostingCursor {
  idf: number;
}

/** Everything scoring one query needs, read once (see `Scorer.prepare`). */
type Scoring = typeof RANKING & {
  groups: string[][];
  /** The words when every group has exactly one (so proximity and phrase do not depend on the paragraph); else null. */
  words: string[] | null;
  phrase_: string | null;
  wordsLength: number | null;
  terms: QueryTerm[];
  essayBonus: Float64Array;
  /** Per group, per section heading: 1 when the heading holds one of the group's words, 0 when not, 255 not yet known. */
  sectionHits: Uint8Array[];
  /** The most the bonuses after BM25, essay and summary can add: the bound that lets `score` stop early. */
  maxRest: number;
};

/**
 * Scores paragraphs for a query by the formula above, reading the columns'
 * typed arrays (length, first character, section) rather than strings
 * wherever it can: scoring a query that matches most of a large corpus is
 * bound by memory access, and a string touched is a cache miss.
 */
export class Scorer {
  constructor(
    private readonly columns: ParagraphColumns,
    private readonly postings: PostingLists,
    private readonly segment: (text: string) => string[],
  ) {}

  /** The `count` best of `matched` (ascending docs) by score, ties in corpus order, with their scores. */
  top(matched: Uint32Array, parsed: ParsedQuery, count: number): { docs: Uint32Array; scores: Float64Array } {
    const scoring = this.prepare(parsed);
    const k = Math.min(count, matched.length);
    // The best k so far, best first; a new match enters only if it beats the last.
    // `matched` is in corpus order, so a later match with an equal score never displaces an earlier one.
    const docs = new Uint32Array(k);
    const scores = new Float64Array(k);
    let kept = 0;
    for (let i = 0; i < matched.length; i++) {
      const doc = matched[i]!;
      // Once k are kept, a paragraph must beat the k-th (an equal score loses: it comes later in corpus order).
      const score = this.score(doc, scoring, kept === k ? scores[k - 1]! : -Infinity);
      if (kept === k && score <= scores[k - 1]!) continue;
      let at = kept < k ? kept++ : k - 1;
      while (at > 0 && scores[at - 1]! < score) {
        docs[at] = docs[at - 1]!;
        scores[at] = scores[at - 1]!;
        at--;
      }
      docs[at] = doc;
      scores[at] = score;
    }
    return { docs, scores };
  }

  /** The score of one paragraph (for orders other than relevance, which still show a score). */
  scoreOne(doc: number, parsed: ParsedQuery): number {
    return this.score(doc, this.prepare(parsed));
  }

  /**
   * What scoring one query needs, read once: the words' match forms per group,
   * the terms with their postings, the weights copied into plain numbers,
   * and a per-essay cache of the bonuses that depend only on the essay.
   */
  private prepare(parsed: ParsedQuery): Scoring {
    const groups = parsed.groups.map((g) => g.map((u) => u.form));
    const fixed = groups.every((g) => g.length === 1) ? groups.map((g) => g[0]!) : null;
    const size = this.columns.size;
    const terms = [...new Set(parsed.groups.flat().flatMap((unit) => this.termsOf(unit)))].map((term) => {
      const postings = this.postings.of(term);
      return { ...postings, idf: idf(postings.ids.length, size), cursor: 0 };
    });
    return {
      groups,
      words: fixed,
      phrase_: fixed?.join("") ?? null,
      wordsLength: fixed?.reduce((n, w) => n + w.length, 0) ?? null,
      terms,
      essayBonus: new Float64Array(this.columns.essays.length).fill(NaN),
      sectionHits: groups.map(() => new Uint8Array(this.columns.sectionForms.length).fill(255)),
      maxRest: groups.length * RANKING.heading + RANKING.lead + (groups.length >= 2 ? RANKING.phrase + RANKING.proximity : 0),
      ...RANKING,
    };
  }

  /** The score of one paragraph; −Infinity as soon as it cannot beat `threshold` (exact pruning). */
  private score(doc: number, s: Scoring, threshold = -Infinity): number {
    const c = this.columns;
    let score = 0;
    const norm = lengthNorm(c.lengths[doc]!, c.averageLength, s.k1, s.b);
    for (let t = 0; t < s.terms.length; t++) {
      const term = s.terms[t]!;
      const tf = termFrequency(term, doc);
      if (tf > 0) score += bm25Weight(tf, term.idf, norm, s.k1);
    }
    const e = c.essayOf[doc]!;
    let bonus = s.essayBonus[e]!;
    if (bonus !== bonus) bonus = s.essayBonus[e] = this.essayBonusOf(e, s);
    score += bonus;
    if (c.isSummary[doc] === 1) score += s.summary;
    // Exact pruning: if even every remaining bonus could not lift this paragraph above `threshold`, stop here.
    if (score + s.maxRest <= threshold) return -Infinity;
    const section = c.sectionOf[doc]!;
    const heading = c.isHeading[doc] === 1;
    const first = c.firstChars[doc]!;
    const form = c.forms[doc]!;
    let lead = false;
    for (let g = 0; g < s.groups.length; g++) {
      const group = s.groups[g]!;
      let inSection = false;
      if (section >= 0) {
        const known = s.sectionHits[g]![section]!;
        inSection = known === 1 || (known === 255 && this.sectionHas(section, group, s.sectionHits[g]!));
      }
      for (let u = 0; u < group.length; u++) {
        const word = group[u]!;
        if (!inSection && heading && form.includes(word)) inSection = true;
        // Most paragraphs do not open with the word: compare one character before the whole prefix.
        if (!lead && word.charCodeAt(0) === first && form.startsWith(word)) lead = true;
      }
      if (inSection) score += s.heading;
    }
    if (lead) score += s.lead;
    if (s.groups.length >= 2) {
      // With one word per group (the usual case) the words and the phrase are fixed for the query.
      const words = s.words ?? s.groups.map((g) => g.find((w) => form.includes(w)) ?? g[0]!);
      if (form.includes(s.phrase_ ?? words.join(""))) score += s.phrase;
      const cover = shortestCover(form, words);
      if (cover !== null) score += s.proximity * ((s.wordsLength ?? words.reduce((n, w) => n + w.length, 0)) / cover);
    }
    return score;
  }

  /** Whether a section heading holds one of a group's words, remembered for the rest of the query (255: not yet known). */
  private sectionHas(section: number, group: string[], hits: Uint8Array): boolean {
    const form = this.columns.sectionForms[section]!;
    const has = group.some((w) => form.includes(w));
    hits[section] = has ? 1 : 0;
    return has;
  }

  /** The bonuses that depend only on the essay: its author or institution named, words in its title. */
  private essayBonusOf(e: number, s: Scoring): number {
    let bonus = 0;
    for (const group of s.groups) {
      if (group.some((w) => this.columns.isAboutAuthor(e, w))) bonus += s.author;
      if (group.some((w) => this.columns.titleForms[e]!.includes(w))) bonus += s.title;
    }
    return bonus;
  }

  /**
   * The jieba terms of a query unit, cut from its match form so that a quoted
   * phrase, the same words typed together, and a Traditional spelling all
   * weigh the same; one character is its own term.
   */
  private termsOf(unit: QueryUnit): string[] {
    if ([...unit.form].length === 1) return [unit.form];
    const terms = this.segment(unit.form).map(matchForm).filter((t) => t !== "");
    return terms.length > 0 ? terms : [unit.form];
  }
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
