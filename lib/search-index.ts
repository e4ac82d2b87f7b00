import FlexSearch from "flexsearch";
import { matchForm } from "./search/normalize";
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
export const INDEX_FORMAT_VERSION = 2;

/** One indexed paragraph. `id` is the paragraph's position in `paragraphOrder`. */
export interface IndexedParagraph {
  id: number;
  /** jieba terms of the paragraph, folded, joined with single spaces. */
  terms: string;
  /** Every distinct character pair of the paragraph's match form: finds any string of two or more characters. */
  grams: string;
  /** Every distinct character of the match form: finds a single character. */
  chars: string;
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
  search(options: { query: string; limit?: number; index?: string | string[]; tag?: Record<string, string | string[]>; suggest?: boolean }): { field: string; result: number[] }[];
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
      index: [
        { field: "terms", tokenize: "strict", encoder: encoder(), resolution: 9 },
        { field: "grams", tokenize: "strict", encoder: encoder(), resolution: 1 },
        { field: "chars", tokenize: "strict", encoder: encoder(), resolution: 1 },
      ],
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
      const form = matchForm(p.text);
      index.add({
        id: paragraphOrder.length,
        terms: segment(p.text).join(" "),
        grams: [...new Set(characterPairs(form))].join(" "),
        chars: [...new Set(form)].join(" "),
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
    index: "terms",
    limit: options.limit ?? 1000,
    ...(options.tag ? { tag: options.tag } : {}),
  });
  const ids = results.find((r) => r.field === "terms")?.result ?? [];
  return ids.map((id) => built.paragraphOrder[id]!).filter((id) => id !== undefined);
}

/**
 * The overlapping character pairs of a match form, by code point.
 *
 * @example characterPairs("新质生产") // ["新质", "质生", "生产"]
 */
export function characterPairs(form: string): string[] {
  const chars = [...form];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  return pairs;
}

/**
 * Index ids of the paragraphs whose match form may contain `form`: every
 * paragraph that has all its character pairs (or, for one character, that
 * character). A superset of the paragraphs that contain it, never missing
 * one; the caller checks each candidate.
 *
 * @example candidateIds(built, "新质生产力").length
 */
export function candidateIds(built: BuiltIndex, form: string): number[] {
  const chars = [...form];
  if (chars.length === 0) return [];
  const field = chars.length === 1 ? "chars" : "grams";
  const query = chars.length === 1 ? chars[0]! : [...new Set(characterPairs(form))].join(" ");
  const results = built.index.search({ query, index: field, limit: built.paragraphOrder.length });
  return results.find((r) => r.field === field)?.result ?? [];
}
