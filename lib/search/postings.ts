import { countOccurrences } from "../text/occurrences";
import { BoundedCache } from "./bounded-cache";
import { candidateIds, type BuiltIndex } from "./paragraph-index";

/**
 * Posting lists computed on demand: for a match form, the paragraphs whose
 * text contains it and how often (non-overlapping, see
 * lib/text/occurrences.ts), up to TF_CAP. Candidates come from the
 * character-pair index and are each checked and counted in one pass; a word
 * seen before costs nothing (kept in a bounded cache).
 */

/** Occurrences beyond this do not change a paragraph's BM25 weight by more than 3%, so they are not counted. */
export const TF_CAP = 16;
/** How many match forms keep their postings between queries. */
const CACHE_SIZE = 2000;

/** The paragraphs containing a match form, ascending, and how often each does (capped at TF_CAP). */
export interface Postings {
  ids: Uint32Array;
  tf: Uint8Array;
}

export class PostingLists {
  private readonly cache = new BoundedCache<Postings>(CACHE_SIZE);

  constructor(
    private readonly index: BuiltIndex,
    private readonly forms: readonly string[],
  ) {}

  /**
   * The postings of `form` (a match form).
   *
   * @example postings.of("新质生产力").ids.length
   */
  of(form: string): Postings {
    const cached = this.cache.get(form);
    if (cached) return cached;
    const candidates = form === "" ? new Uint32Array(0) : candidateIds(this.index, form);
    // One character has no pair to look up: every paragraph is a candidate (a native scan).
    const total = candidates ? candidates.length : this.forms.length;
    const ids = new Uint32Array(total);
    const tf = new Uint8Array(total);
    let n = 0;
    for (let i = 0; i < total; i++) {
      const doc = candidates ? candidates[i]! : i;
      const count = countOccurrences(this.forms[doc]!, form, TF_CAP);
      if (count > 0) {
        ids[n] = doc;
        tf[n++] = count;
      }
    }
    const postings = { ids: ids.slice(0, n), tf: tf.slice(0, n) };
    this.cache.set(form, postings);
    return postings;
  }
}

/** A posting list read in ascending doc order, with a cursor that only moves forward. */
export interface PostingCursor extends Postings {
  cursor: number;
}

/**
 * How often the term occurs in paragraph `doc`. Paragraphs are usually scored
 * in ascending order, so the cursor only moves forward (O(1) a paragraph); a
 * paragraph before the cursor is found by binary search.
 */
export function termFrequency(term: PostingCursor, doc: number): number {
  const { ids } = term;
  if (term.cursor > 0 && ids[term.cursor - 1]! >= doc) {
    let lo = 0;
    let hi = term.cursor;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ids[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    return ids[lo] === doc ? term.tf[lo]! : 0;
  }
  let j = term.cursor;
  while (j < ids.length && ids[j]! < doc) j++;
  term.cursor = j;
  return ids[j] === doc ? term.tf[j]! : 0;
}
