import type { AnchorChange } from "../types";
import type { ParagraphAnchor } from "./ledger";
import { characterBigrams, CONTAINED_MIN, CONTAINED_MIN_LENGTH, heldIn, likeness, samePassage } from "./similarity";

/**
 * The paragraph steps of the alignment (align.ts has the order and the
 * reasons): longest common subsequence of identical texts, pairing by
 * similarity within an essay, re-finding across essays, re-checking ids
 * earlier builds retired, and the nearest survivor of a removed passage.
 */

export interface OldParagraph {
  anchor: ParagraphAnchor;
  /** Position in its essay's live list. */
  at: number;
  bigrams?: Set<string>;
}

export interface NewParagraph {
  essay: number;
  at: number;
  form: string;
  bigrams?: Set<string>;
  /** The durable id, once assigned. */
  id?: string;
}

const bigramsOf = (p: { form: string; bigrams?: Set<string> } | OldParagraph): Set<string> => {
  if ("anchor" in p) return (p.bigrams ??= characterBigrams(p.anchor.form));
  return (p.bigrams ??= characterBigrams(p.form));
};

/**
 * Index pairs of a longest common subsequence of two lists of texts (the
 * alignment `diff` makes), in order.
 *
 * @example commonSubsequence(["a", "b", "c"], ["a", "x", "c"]) // [[0, 0], [2, 2]]
 */
export function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  const m = a.length;
  const n = b.length;
  const table = Array.from({ length: m + 1 }, () => new Uint32Array(n + 1));
  for (let i = m - 1; i >= 0; i--) for (let j = n - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const out: [number, number][] = [];
  for (let i = 0, j = 0; i < m && j < n; ) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/**
 * Pairs old and new paragraphs that are one passage, the pairs sharing most
 * first: a free old paragraph takes a free new one (edited, or the larger
 * part of a split); a free old paragraph whose partner already has an id was
 * joined into it; a new paragraph whose partner is already placed is a part
 * split off it (it gets a new id).
 */
export function matchBySimilarity(olds: OldParagraph[], fresh: NewParagraph[], done: Map<string, string>, merged: Map<string, string>, changes: AnchorChange[], splits: Map<NewParagraph, string>): void {
  const pairs: { o: OldParagraph; n: NewParagraph; shared: number; distance: number }[] = [];
  for (const o of olds) {
    for (const n of fresh) {
      if (done.get(o.anchor.id) !== undefined && n.id === o.anchor.id) continue;
      if (done.has(o.anchor.id) && n.id !== undefined) continue;
      if (!samePassage(o.anchor.form, n.form, bigramsOf(o), bigramsOf(n))) continue;
      pairs.push({ o, n, shared: likeness(bigramsOf(o), bigramsOf(n)).shared, distance: Math.abs(o.at - n.at) });
    }
  }
  pairs.sort((a, b) => b.shared - a.shared || a.distance - b.distance);
  for (const { o, n } of pairs) {
    const id = o.anchor.id;
    const placed = done.has(id) || merged.has(id);
    if (!placed && n.id === undefined) {
      n.id = id;
      done.set(id, id);
      // The same text elsewhere in the essay is a move within it, not a change of meaning.
      if (o.anchor.form !== n.form) changes.push({ kind: "edited", id, quote: o.anchor.quote });
    } else if (!placed && n.id !== undefined && heldIn(o.anchor.form, n.form, bigramsOf(o), bigramsOf(n))) {
      merged.set(id, n.id);
      changes.push({ kind: "merged", id, to: n.id, quote: o.anchor.quote });
    } else if (placed && n.id === undefined && !splits.has(n) && n.form !== o.anchor.form && likeness(bigramsOf(o), bigramsOf(n)).secondInFirst >= CONTAINED_MIN) {
      // A part of the old passage (not a copy of it): split off it.
      splits.set(n, id);
    }
  }
}

/** How many of a passage's rarest grams look for candidates, and how many candidates (most grams shared first) are compared in full. */
const RARE_GRAMS = 12;
const CANDIDATES = 16;

/** Step 3: the old paragraphs still unplaced against every new paragraph, candidates found through shared grams. */
export function matchAcross(leftOld: OldParagraph[], allNew: NewParagraph[], done: Map<string, string>, merged: Map<string, string>, changes: AnchorChange[], oldEssayById: Map<string, string>): void {
  const exact = new Map<string, NewParagraph[]>();
  for (const n of allNew) (exact.get(n.form) ?? exact.set(n.form, []).get(n.form)!).push(n);
  const postings = new Map<string, NewParagraph[]>();
  for (const n of allNew) for (const pair of bigramsOf(n)) (postings.get(pair) ?? postings.set(pair, []).get(pair)!).push(n);
  const pairs: { o: OldParagraph; n: NewParagraph; shared: number; exact: boolean }[] = [];
  for (const o of leftOld) {
    // Across essays only a passage long enough to be itself: a heading like 结语 in another essay is another heading.
    if (Array.from(o.anchor.form).length < CONTAINED_MIN_LENGTH) continue;
    for (const n of exact.get(o.anchor.form) ?? []) pairs.push({ o, n, shared: Infinity, exact: true });
    // Candidates from the passage's rarest grams only (a passage edited, joined or split keeps most of them);
    // each candidate is then compared in full. Linear in the corpus, however many paragraphs changed.
    const rare = [...bigramsOf(o)]
      .map((gram) => postings.get(gram))
      .filter((list): list is NewParagraph[] => list !== undefined)
      .sort((a, b) => a.length - b.length)
      .slice(0, RARE_GRAMS);
    const counts = new Map<NewParagraph, number>();
    for (const list of rare) for (const n of list) counts.set(n, (counts.get(n) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES);
    for (const [n] of best) {
      const shared = likeness(bigramsOf(o), bigramsOf(n)).shared;
      if (n.form === o.anchor.form || !samePassage(o.anchor.form, n.form, bigramsOf(o), bigramsOf(n))) continue;
      pairs.push({ o, n, shared, exact: false });
    }
  }
  // Free new paragraphs first (a passage moved whole), then joins into placed ones.
  pairs.sort((a, b) => b.shared - a.shared);
  for (const { o, n } of pairs) {
    const id = o.anchor.id;
    if (done.has(id) || merged.has(id)) continue;
    if (n.id === undefined) {
      n.id = id;
      done.set(id, id);
      changes.push({ kind: "moved", id, quote: o.anchor.quote });
    }
  }
  for (const { o, n } of pairs) {
    const id = o.anchor.id;
    if (done.has(id) || merged.has(id) || n.id === undefined || !heldIn(o.anchor.form, n.form, bigramsOf(o), bigramsOf(n))) continue;
    merged.set(id, n.id);
    changes.push({ kind: "merged", id, to: n.id, quote: o.anchor.quote });
  }

  // Short passages (headings, one-line sentences) only where their context went too: an essay that
  // received other paragraphs of the same old essay (an essay re-cut in two), as a quote is re-found by its prefix.
  const oldEssayOf = (id: string | undefined) => (id === undefined ? undefined : oldEssayById.get(id));
  const essaysFrom = new Map<number, Set<string>>();
  for (const n of allNew) {
    const from = oldEssayOf(n.id);
    if (from !== undefined) (essaysFrom.get(n.essay) ?? essaysFrom.set(n.essay, new Set()).get(n.essay)!).add(from);
  }
  for (const o of leftOld) {
    const id = o.anchor.id;
    if (done.has(id) || merged.has(id) || Array.from(o.anchor.form).length >= CONTAINED_MIN_LENGTH) continue;
    const n = (exact.get(o.anchor.form) ?? []).find((c) => c.id === undefined && essaysFrom.get(c.essay)?.has(o.anchor.essay));
    if (!n) continue;
    n.id = id;
    done.set(id, id);
    changes.push({ kind: "moved", id, quote: o.anchor.quote });
  }
}

/**
 * An id an earlier build retired as moved (joined into another paragraph,
 * say): still right when the paragraph it leads to now holds its passage;
 * otherwise pointed at the paragraph that does, or retired as gone, with the
 * paragraph it led to as the nearest. (A join undone, or the joined passage
 * later cut out, must not leave the old id on text that is no longer its own.)
 */
export function recheckMoved(entry: ParagraphAnchor, byId: ReadonlyMap<string, ParagraphAnchor>, liveForm: Map<string, string>, allNew: NewParagraph[], changes: AnchorChange[]): ParagraphAnchor {
  let at: string | undefined = entry.to;
  for (let hops = 0; at !== undefined && !liveForm.has(at) && hops < 1000; hops++) {
    const next = byId.get(at);
    at = next?.status === "moved" ? next.to : undefined;
  }
  if (at !== undefined && (samePassage(entry.form, liveForm.get(at)!) || heldIn(entry.form, liveForm.get(at)!))) return entry;
  const own = characterBigrams(entry.form);
  let best: NewParagraph | undefined;
  let bestShared = 0;
  // Re-found only where it is held whole, and never a short passage (a heading): another essay's 结语 is not this one.
  for (const n of Array.from(entry.form).length >= CONTAINED_MIN_LENGTH ? allNew : []) {
    if (!heldIn(entry.form, n.form, own, bigramsOf(n))) continue;
    const shared = likeness(own, bigramsOf(n)).shared;
    if (shared > bestShared) [best, bestShared] = [n, shared];
  }
  if (best?.id) {
    changes.push({ kind: "merged", id: entry.id, to: best.id, quote: entry.quote });
    return { ...entry, to: best.id };
  }
  changes.push({ kind: "gone", id: entry.id, essay: entry.essay, nearest: at ?? null, quote: entry.quote });
  return { id: entry.id, status: "gone", essay: entry.essay, form: entry.form, quote: entry.quote, nearest: at ?? null };
}

/** The closest paragraph of the old essay (before first, then after) that survived, by its id now. */
export function nearestSurvivor(olds: OldParagraph[], at: number, finalId: (o: OldParagraph) => string | undefined): string | null {
  for (let d = 1; d < olds.length; d++) {
    for (const i of [at - d, at + d]) {
      const o = olds[i];
      const id = o ? finalId(o) : undefined;
      if (id !== undefined) return id;
    }
  }
  return null;
}
