/**
 * Related paragraphs as the server reads them: the compact `related.json`
 * format (written by `encodeRelated` in compute.ts at build time) and a
 * table that answers one paragraph's list on demand.
 */

/** One related paragraph. */
export interface Related {
  id: string;
  /** Cosine similarity, rounded to three decimals. */
  score: number;
  /** Shared terms, the biggest contributors first. */
  shared: string[];
}

/**
 * `related.json` as written: compact, because at 1000× the corpus a list of
 * objects keyed by paragraph id parsed into 1.4 GB of heap. Paragraphs are
 * numbered in corpus order (`paragraphIds`); `start[i]` … `start[i + 1]` − 1
 * are paragraph i's entries in `entries`, each entry being
 * `[target, score × 1000, number of shared terms, …term numbers]`, the terms
 * numbered in `terms`.
 */
export interface RelatedFile {
  formatVersion: number;
  measure: string;
  /** The build's bounds (RELATED in compute.ts). */
  options: Record<string, number>;
  paragraphIds: string[];
  terms: string[];
  start: number[];
  entries: number[];
}

/** `related.json` read back: each paragraph's list on demand from typed arrays. */
export class RelatedTable {
  private readonly index: Map<string, number>;
  private readonly start: Uint32Array;
  private readonly entries: Uint32Array;
  private readonly terms: string[];

  constructor(file: Pick<RelatedFile, "paragraphIds" | "terms" | "start" | "entries">) {
    this.index = new Map(file.paragraphIds.map((id, i) => [id, i]));
    this.ids = file.paragraphIds;
    this.start = Uint32Array.from(file.start);
    this.entries = Uint32Array.from(file.entries);
    this.terms = file.terms;
  }

  /** Paragraph ids in corpus order. */
  readonly ids: readonly string[];

  /** The related paragraphs of a paragraph, best first (empty for an unknown id). */
  get(paragraphId: string): Related[] {
    const i = this.index.get(paragraphId);
    if (i === undefined) return [];
    const out: Related[] = [];
    for (let at = this.start[i]!; at < this.start[i + 1]!; ) {
      const target = this.entries[at++]!;
      const score = this.entries[at++]! / 1000;
      const count = this.entries[at++]!;
      const shared = Array.from(this.entries.subarray(at, at + count), (t) => this.terms[t]!);
      at += count;
      out.push({ id: this.ids[target]!, score, shared });
    }
    return out;
  }

  /** How many related paragraphs a paragraph has, without building them. */
  count(paragraphId: string): number {
    const i = this.index.get(paragraphId);
    if (i === undefined) return 0;
    let n = 0;
    for (let at = this.start[i]!; at < this.start[i + 1]!; at += 3 + this.entries[at + 2]!) n++;
    return n;
  }
}
