import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import FlexSearch from "flexsearch";
import { INDEX_FORMAT_VERSION } from "../generated/files";
import { matchForm } from "../text/match-form";
import { foldText } from "../text/fold";
import type { Corpus } from "../types";

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

export { INDEX_FORMAT_VERSION };

/** One indexed paragraph. `id` is the paragraph's position in `paragraphOrder`. */
export interface IndexedParagraph {
  id: number;
  /** jieba terms of the paragraph, folded, joined with single spaces. */
  terms: string;
  /** Every distinct character pair of the paragraph's match form: finds any string of two or more characters. */
  grams: string;
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
 * With `fields`, only those fields' data is imported (the server needs only
 * `grams`; leaving out `terms` saves a third of its memory at scale).
 *
 * @example importParagraphIndex(readIndexFolder("generated/index"))
 */
export function importParagraphIndex(exported: ExportedIndex, fields?: readonly string[]): BuiltIndex {
  if (exported.formatVersion !== INDEX_FORMAT_VERSION) throw new IndexVersionError(exported.formatVersion);
  const index = createParagraphIndex();
  for (const [key, value] of Object.entries(exported.data)) {
    if (fields && !isFieldKey(key, fields)) continue;
    index.import(key, value);
  }
  return { index, paragraphOrder: exported.paragraphOrder };
}

/** FlexSearch export keys are `<field>.<n>.map` for a field's data and `<n>.reg` / `<n>.tag` for the document register and tags. */
function isFieldKey(key: string, fields: readonly string[]): boolean {
  const field = /^([a-z]+)\.\d+\.map$/u.exec(key)?.[1];
  return field === undefined ? key.endsWith(".reg") : fields.includes(field);
}

/** Name of the file holding one export key inside an index folder. */
const keyFile = (key: string) => `${key}.json`;

/**
 * Writes an export as a folder: `manifest.json` (format, paragraph order,
 * keys) and one file per FlexSearch key, so a reader can load only the fields
 * it uses.
 */
export function writeIndexFolder(dir: string, exported: ExportedIndex, header: Record<string, string> = {}): void {
  mkdirSync(dir, { recursive: true });
  const keys = Object.keys(exported.data);
  writeFileSync(join(dir, "manifest.json"), JSON.stringify({ ...header, formatVersion: exported.formatVersion, paragraphOrder: exported.paragraphOrder, keys }));
  for (const key of keys) writeFileSync(join(dir, keyFile(key)), exported.data[key]!);
}

/**
 * Reads an index folder written by `writeIndexFolder`, only the given fields' keys when `fields` is set.
 *
 * @example importParagraphIndex(readIndexFolder("generated/index", ["grams"]), ["grams"])
 */
export function readIndexFolder(dir: string, fields?: readonly string[]): ExportedIndex {
  const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as { formatVersion: number; paragraphOrder: string[]; keys: string[] };
  const data: Record<string, string> = {};
  for (const key of manifest.keys) if (!fields || isFieldKey(key, fields)) data[key] = readFileSync(join(dir, keyFile(key)), "utf8");
  return { formatVersion: manifest.formatVersion, paragraphOrder: manifest.paragraphOrder, data };
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
    result = intersectSorted(result, list);
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

/**
 * The ids in both ascending lists, ascending. Walks the short list and
 * gallops through the long one, so a rare pair narrows a common one cheaply.
 *
 * @example intersectSorted(Uint32Array.from([1, 3, 5]), [2, 3, 4, 5]) // Uint32Array [3, 5]
 */
export function intersectSorted(short: Uint32Array, long: readonly number[] | Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(short.length, long.length));
  let n = 0;
  let j = 0;
  for (let i = 0; i < short.length && j < long.length; i++) {
    const want = short[i]!;
    if (long[j]! < want) {
      let step = 1;
      while (j + step < long.length && long[j + step]! < want) step *= 2;
      let lo = j + (step >> 1);
      let hi = Math.min(j + step, long.length - 1);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (long[mid]! < want) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    }
    if (long[j] === want) out[n++] = want;
  }
  return out.slice(0, n);
}
