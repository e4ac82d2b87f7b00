import { readFileSync } from "node:fs";
import type { Catalog } from "./catalog";
import { CATALOG_FORMAT_VERSION, CORPUS_FORMAT_VERSION, generatedDir, generatedFile, GENERATED_FILES, RELATED_FORMAT_VERSION } from "./generated-files";
import type { Corpus, Essay, Paragraph } from "./types";

/**
 * The generated data as the server reads it: each file loaded from
 * `generated/` once per process, on first use, and kept in memory. Pages and
 * API routes get everything from here (through `lib/browse/`) and never read
 * files themselves.
 */

export interface LoadedCorpus {
  corpus: Corpus;
  essaysById: Map<string, Essay>;
  paragraphsById: Map<string, { essay: Essay; paragraph: Paragraph }>;
}

/** Raised when generated data is missing, unreadable or from another version; the message says how to fix it. */
export class CorpusUnavailableError extends Error {
  constructor(reason: string) {
    super(`${reason}: run \`npm run index\` to build it`);
    this.name = "CorpusUnavailableError";
  }
}

let corpus: LoadedCorpus | null = null;
let catalog: Catalog | null = null;
let sources: Record<string, string> | null = null;
let related: Record<string, RelatedEntry[]> | null = null;

/** One related paragraph as `related.json` stores it: its id, the cosine, the shared terms. */
export type RelatedEntry = [id: string, score: number, shared: string[]];

/**
 * The corpus, loaded on first call and cached for the life of the process.
 *
 * @example getCorpus().essaysById.get("ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f")?.displayTitle
 */
export function getCorpus(): LoadedCorpus {
  corpus ??= readCorpus(generatedDir());
  return corpus;
}

/** The catalog (authors, themes, keywords), loaded once. */
export function getCatalog(): Catalog {
  catalog ??= readCatalog(generatedDir());
  return catalog;
}

/** Reads the corpus of a generated folder (uncached: the benchmark reads several). */
export function readCorpus(dir: string): LoadedCorpus {
  const data = readGenerated<Corpus>("corpus", dir);
  if (data.formatVersion !== CORPUS_FORMAT_VERSION) {
    throw new CorpusUnavailableError(`the generated corpus has format ${String(data.formatVersion)}, not ${CORPUS_FORMAT_VERSION}`);
  }
  return {
    corpus: data,
    essaysById: new Map(data.essays.map((e) => [e.id, e])),
    paragraphsById: new Map(data.essays.flatMap((essay) => essay.paragraphs.map((paragraph) => [paragraph.id, { essay, paragraph }]))),
  };
}

/** Reads the catalog of a generated folder (uncached). */
export function readCatalog(dir: string): Catalog {
  const data = readGenerated<Catalog>("catalog", dir);
  if (data.formatVersion !== CATALOG_FORMAT_VERSION) {
    throw new CorpusUnavailableError(`the generated catalog has format ${String(data.formatVersion)}, not ${CATALOG_FORMAT_VERSION}`);
  }
  return data;
}

/** The decoded text of every source file by file name, loaded once. */
export function getSourceTexts(): Record<string, string> {
  sources ??= readGenerated<{ texts: Record<string, string> }>("sources").texts;
  return sources;
}

/** Related paragraphs by paragraph id (see lib/research/related.ts), loaded once. */
export function getRelated(): Record<string, RelatedEntry[]> {
  if (!related) {
    const data = readGenerated<{ formatVersion: number; paragraphs: Record<string, RelatedEntry[]> }>("related");
    if (data.formatVersion !== RELATED_FORMAT_VERSION) throw new CorpusUnavailableError(`generated/related.json has format ${String(data.formatVersion)}, not ${RELATED_FORMAT_VERSION}`);
    related = data.paragraphs;
  }
  return related;
}

function readGenerated<T>(name: keyof typeof GENERATED_FILES, dir = generatedDir()): T {
  try {
    return JSON.parse(readFileSync(generatedFile(name, dir), "utf8")) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusUnavailableError(`generated/${GENERATED_FILES[name]} is ${code === "ENOENT" ? "missing" : "unreadable"}`);
  }
}
