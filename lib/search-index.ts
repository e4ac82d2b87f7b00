import FlexSearch from "flexsearch";
import { foldText } from "./text/fold";
import type { Corpus } from "./types";

/**
 * The FlexSearch Document index over paragraphs. Text is segmented by jieba
 * before it reaches FlexSearch, so FlexSearch only splits on the spaces
 * between terms: its own encoder would mangle Chinese (NFKD, splitting on
 * non-letters, collapsing repeated characters like 谢谢 → 谢).
 *
 * FlexSearch does not export its configuration, so `createParagraphIndex`
 * is the single place the options live: the build and every reader call it
 * before adding or importing.
 */

/** Bumped whenever the index options or document fields change; a stale export is refused. */
export const INDEX_FORMAT_VERSION = 1;

/** One indexed paragraph. `id` is the paragraph's position in `paragraphOrder`. */
export interface IndexedParagraph {
  id: number;
  /** jieba terms of the paragraph, folded, joined with single spaces. */
  terms: string;
  essay: string;
  source: string;
  kind: string;
  /** Author names (folded), for filtering. */
  author: string[];
}

/** Splits pre-segmented text on whitespace only; folding already happened in `segmentText`. */
const encoder = () =>
  new FlexSearch.Encoder({
    split: /\s+/u,
    numeric: false,
    dedupe: false,
    normalize: (text: string) => text.normalize("NFKC").toLowerCase(),
  });

// The bundled type definitions are generic over the document shape in ways
// that do not help here; this is the part of the API the app uses.
export interface ParagraphIndex {
  add(doc: IndexedParagraph): void;
  search(options: { query: string; limit?: number; tag?: Record<string, string | string[]>; suggest?: boolean }): { field: string; result: number[] }[];
  export(handler: (key: string, data: string) => void): void;
  import(key: string, data: string): void;
}

/**
 * A new, empty paragraph index with the app's options.
 *
 * @example const index = createParagraphIndex(); index.add({ id: 0, terms: "新质生产力 赋能", … })
 */
export function createParagraphIndex(): ParagraphIndex {
  return new FlexSearch.Document({
    document: {
      id: "id",
      index: [{ field: "terms", tokenize: "strict", encoder: encoder(), resolution: 9 }],
      tag: ["essay", "source", "kind", "author"],
    },
  }) as unknown as ParagraphIndex;
}

/** An index and the paragraph ids in index-id order. */
export interface BuiltIndex {
  index: ParagraphIndex;
  paragraphOrder: string[];
}

/**
 * Indexes every paragraph of the corpus, segmented with `segment`.
 *
 * @example buildParagraphIndex(corpus, segmentText).paragraphOrder[0] // "ba-zhun-…-p1"
 */
export function buildParagraphIndex(corpus: Corpus, segment: (text: string) => string[]): BuiltIndex {
  const index = createParagraphIndex();
  const paragraphOrder: string[] = [];
  for (const essay of corpus.essays) {
    const author = essay.authors.flatMap((a) => (a.name ? [foldText(a.name)] : []));
    for (const p of essay.paragraphs) {
      index.add({
        id: paragraphOrder.length,
        terms: segment(p.text).join(" "),
        essay: essay.id,
        source: essay.source.file,
        kind: p.kind,
        author,
      });
      paragraphOrder.push(p.id);
    }
  }
  return { index, paragraphOrder };
}

/** The exported index as written to disk. */
export interface ExportedIndex {
  formatVersion: number;
  paragraphOrder: string[];
  /** FlexSearch's export, key → data. */
  data: Record<string, string>;
}

/**
 * Exports an index to a plain object (FlexSearch's export is synchronous
 * when its handler is).
 */
export function exportParagraphIndex(built: BuiltIndex): ExportedIndex {
  const data: Record<string, string> = {};
  built.index.export((key, value) => {
    data[key] = value;
  });
  return { formatVersion: INDEX_FORMAT_VERSION, paragraphOrder: built.paragraphOrder, data };
}

/** Raised when an exported index was made by another version of the index options. */
export class IndexVersionError extends Error {
  constructor(found: unknown) {
    super(`index format ${String(found)} is not the expected ${INDEX_FORMAT_VERSION}: run \`npm run index\``);
    this.name = "IndexVersionError";
  }
}

/**
 * Rebuilds an index from its export, with the same options it was built with.
 *
 * @example importParagraphIndex(JSON.parse(readFileSync("generated/index.json", "utf8")))
 */
export function importParagraphIndex(exported: ExportedIndex): BuiltIndex {
  if (exported.formatVersion !== INDEX_FORMAT_VERSION) throw new IndexVersionError(exported.formatVersion);
  const index = createParagraphIndex();
  for (const [key, value] of Object.entries(exported.data)) index.import(key, value);
  return { index, paragraphOrder: exported.paragraphOrder };
}

/**
 * Paragraph ids whose terms contain every term of `terms` (AND), in
 * FlexSearch's order, optionally filtered by tags. The ranked search of the
 * app builds on this; it is also what the save-and-reload test compares.
 *
 * @example searchParagraphIds(built, ["新质生产力"], { limit: 5 })
 */
export function searchParagraphIds(
  built: BuiltIndex,
  terms: readonly string[],
  options: { limit?: number; tag?: Record<string, string | string[]> } = {},
): string[] {
  if (terms.length === 0) return [];
  const results = built.index.search({
    query: terms.join(" "),
    limit: options.limit ?? 1000,
    ...(options.tag ? { tag: options.tag } : {}),
  });
  const ids = results.find((r) => r.field === "terms")?.result ?? [];
  return ids.map((id) => built.paragraphOrder[id]!).filter((id) => id !== undefined);
}
