import { readFileSync } from "node:fs";
import type { Catalog } from "../catalog/build-catalog";
import { CATALOG_FORMAT_VERSION, CORPUS_FORMAT_VERSION, generatedDir, generatedFile, GENERATED_FILES, RELATED_FORMAT_VERSION } from "../generated/files";
import { oncePerProcess } from "./process-singleton";
import { RelatedTable, type RelatedFile } from "../related/compute";
import type { Corpus, Essay, Paragraph } from "../types";

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


/**
 * The corpus, loaded on first call and cached for the life of the process.
 *
 * @example getCorpus().essaysById.get("ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f")?.displayTitle
 */
export function getCorpus(): LoadedCorpus {
  return oncePerProcess(`corpus:${generatedDir()}`, () => readCorpus(generatedDir()));
}

/** The catalog (authors, themes, keywords), loaded once. */
export function getCatalog(): Catalog {
  return oncePerProcess(`catalog:${generatedDir()}`, () => readCatalog(generatedDir()));
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
  return oncePerProcess(`sources:${generatedDir()}`, () => readGenerated<{ texts: Record<string, string> }>("sources").texts);
}

/** Related paragraphs by paragraph id (see lib/research/related.ts), loaded once. */
export function getRelated(): RelatedTable {
  return oncePerProcess(`related:${generatedDir()}`, () => readRelated(generatedDir()));
}

/** Reads the related paragraphs of a generated folder (uncached). */
export function readRelated(dir: string): RelatedTable {
  const data = readGenerated<RelatedFile>("related", dir);
  if (data.formatVersion !== RELATED_FORMAT_VERSION) throw new CorpusUnavailableError(`generated/related.json has format ${String(data.formatVersion)}, not ${RELATED_FORMAT_VERSION}`);
  return new RelatedTable(data);
}

function readGenerated<T>(name: keyof typeof GENERATED_FILES, dir = generatedDir()): T {
  try {
    return JSON.parse(readFileSync(generatedFile(name, dir), "utf8")) as T;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusUnavailableError(`generated/${GENERATED_FILES[name]} is ${code === "ENOENT" ? "missing" : "unreadable"}`);
  }
}
