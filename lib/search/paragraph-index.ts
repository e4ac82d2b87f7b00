import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import FlexSearch from "flexsearch";
import { characterPairs } from "../text/grams";
import { matchForm } from "../text/match-form";
import { INDEX_FORMAT_VERSION, type Corpus } from "../types";
import { intersect } from "./id-sets";

/**
 * The FlexSearch Document index over paragraphs: one field, `grams`, holding
 * every distinct character pair of a paragraph's match form, so any string of
 * two or more characters finds its candidate paragraphs with one lookup per
 * pair (`candidateIds`), checked exactly by the engine. Ranking weighs jieba
 * terms, which the engine counts in the match forms at query time; an index
 * field of jieba terms would be built and never read (it was, until the
 * restructuring of issue 10 dropped it with the tags nothing filtered by).
 *
 * FlexSearch's own encoder would mangle Chinese (NFKD, splitting on
 * non-letters, collapsing repeated characters like 谢谢 → 谢): the pairs are
 * joined with spaces and FlexSearch only splits on them.
 *
 * FlexSearch does not export its configuration, so `createParagraphIndex`
 * is the single place the options live: the build and every reader call it
 * before adding or importing.
 */

/** One indexed paragraph. `id` is the paragraph's position in `paragraphOrder`. */
export interface IndexedParagraph {
  id: number;
  /** Every distinct character pair of the paragraph's match form, joined with spaces. */
  grams: string;
}

/** Splits on whitespace only: the pairs are already folded (match form). */
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
  search(options: { query: string; limit?: number; index?: string | string[] }): { field: string; result: number[] }[];
  export(handler: (key: string, data: string) => void): void;
  import(key: string, data: string): void;
}

/**
 * A new, empty paragraph index with the app's options.
 *
 * @example const index = createParagraphIndex(); index.add({ id: 0, grams: "新质 质生 生产" })
 */
export function createParagraphIndex(): ParagraphIndex {
  return new FlexSearch.Document({
    document: {
      id: "id",
      index: [{ field: "grams", tokenize: "strict", encoder: encoder(), resolution: 1 }],
    },
  }) as unknown as ParagraphIndex;
}

/** An index and the paragraph ids in index-id order. */
export interface BuiltIndex {
  index: ParagraphIndex;
  paragraphOrder: string[];
}

/**
 * Indexes every paragraph of the corpus, in corpus order.
 *
 * @example buildParagraphIndex(corpus).paragraphOrder[0] // "ba-zhun-…-p1"
 */
export function buildParagraphIndex(corpus: Corpus): BuiltIndex {
  const index = createParagraphIndex();
  const paragraphOrder: string[] = [];
  for (const essay of corpus.essays) {
    for (const p of essay.paragraphs) {
      index.add({ id: paragraphOrder.length, grams: [...new Set(characterPairs(matchForm(p.text)))].join(" ") });
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
 * @example importParagraphIndex(readIndexFolder("generated/index"))
 */
export function importParagraphIndex(exported: ExportedIndex): BuiltIndex {
  if (exported.formatVersion !== INDEX_FORMAT_VERSION) throw new IndexVersionError(exported.formatVersion);
  const index = createParagraphIndex();
  for (const [key, value] of Object.entries(exported.data)) index.import(key, value);
  return { index, paragraphOrder: exported.paragraphOrder };
}

/** Name of the file holding one export key inside an index folder. */
const keyFile = (key: string) => `${key}.json`;

/**
 * Writes an export as a folder: `manifest.json` (format, paragraph order,
 * keys) and one file per FlexSearch key (`grams.1.map`, `1.reg`, …), so no
 * single string has to hold the whole index at 1000× the corpus.
 */
export function writeIndexFolder(dir: string, exported: ExportedIndex, header: Record<string, string> = {}): void {
  mkdirSync(dir, { recursive: true });
  const keys = Object.keys(exported.data);
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ ...header, formatVersion: exported.formatVersion, paragraphOrder: exported.paragraphOrder, keys }));
  for (const key of keys) writeFileSync(join(dir, keyFile(key)), exported.data[key]!);
}

/**
 * Reads an index folder written by `writeIndexFolder`.
 *
 * @example importParagraphIndex(readIndexFolder("generated/index"))
 */
export function readIndexFolder(dir: string): ExportedIndex {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { formatVersion: number; paragraphOrder: string[]; keys: string[] };
  const data: Record<string, string> = {};
  for (const key of manifest.keys) data[key] = readFileSync(join(dir, keyFile(key)), "utf8");
  return { formatVersion: manifest.formatVersion, paragraphOrder: manifest.paragraphOrder, data };
}

/**
 * Index ids of the paragraphs whose match form may contain `form` (a string
 * of two or more characters), ascending: every paragraph that has all its
 * character pairs. A superset of the paragraphs that contain it, never
 * missing one; the caller checks each candidate. Each pair's posting list
 * comes from FlexSearch (one lookup each, already in id order); the lists are
 * intersected here, shortest first, which is far faster than FlexSearch's own
 * multi-term intersection on long lists. Null for a single character, which
 * the caller answers by scanning.
 *
 * @example candidateIds(built, "新质生产力")?.length
 */
export function candidateIds(built: BuiltIndex, form: string): Uint32Array | null {
  const pairs = [...new Set(characterPairs(form))];
  if (pairs.length === 0) return null;
  const lists = pairs.map((pair) => postings(built, pair)).sort((a, b) => a.length - b.length);
  let result: Uint32Array = Uint32Array.from(lists[0]!);
  for (const list of lists.slice(1)) {
    if (result.length === 0) break;
    result = intersect(result, list);
  }
  return result;
}

/** The ids of the paragraphs holding one character pair, ascending. */
function postings(built: BuiltIndex, pair: string): number[] {
  const results = built.index.search({ query: pair, index: "grams", limit: built.paragraphOrder.length });
  const ids = results.find((r) => r.field === "grams")?.result ?? [];
  // FlexSearch returns one bucket in insertion (= id) order; sort defensively if a future version does not.
  for (let i = 1; i < ids.length; i++) if (ids[i]! < ids[i - 1]!) return [...ids].sort((a, b) => a - b);
  return ids;
}
