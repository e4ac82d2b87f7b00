import { readFileSync } from "node:fs";
import type { Retired } from "../anchors/resolve";
import { RelatedTable, type RelatedFile } from "../related/table";
import { DictionaryMissingError, loadSegmenter } from "../segment/segmenter";
import { importParagraphIndex, IndexVersionError, readIndexFolder, type BuiltIndex } from "../search/paragraph-index";
import { CATALOG_FORMAT_VERSION, CORPUS_FORMAT_VERSION, RELATED_FORMAT_VERSION, type Catalog, type Corpus, type Essay, type Paragraph } from "../types";
import { FIX_COMMAND, GENERATED_FILES, generatedFile, type GeneratedFile } from "./files";
import type { RouteTable } from "./routes";

/**
 * Reading a generated folder: one function per file, each uncached (the
 * server keeps what it reads once per process, in lib/server/store.ts).
 * Every problem — a missing file, one that is not valid JSON (truncated),
 * one of another format version — is reported here, the same way, as a
 * `GeneratedDataError` naming the file and the command that fixes it; the
 * API answers it with a 503.
 */

/** Raised when generated data is missing, unreadable or from another version; the message names the file and the fix. */
export class GeneratedDataError extends Error {
  constructor(reason: string) {
    super(`${reason}: run \`${FIX_COMMAND}\` to build it`);
    this.name = "GeneratedDataError";
  }
}

/** The corpus with its lookups by id. */
export interface LoadedCorpus {
  corpus: Corpus;
  essaysById: Map<string, Essay>;
  paragraphsById: Map<string, { essay: Essay; paragraph: Paragraph }>;
}

/** The paragraphs' match forms in index order, as the build stored them. */
export interface StoredForms {
  paragraphOrder: string[];
  forms: string[];
}

/** Reads the corpus of a generated folder. */
export function readCorpus(dir: string): LoadedCorpus {
  const data = checkVersion(readJson<Corpus>("corpus", dir), "corpus", CORPUS_FORMAT_VERSION);
  return {
    corpus: data,
    essaysById: new Map(data.essays.map((e) => [e.id, e])),
    paragraphsById: new Map(data.essays.flatMap((essay) => essay.paragraphs.map((paragraph) => [paragraph.id, { essay, paragraph }]))),
  };
}

/** Reads the catalog (authors, themes, keywords). */
export function readCatalog(dir: string): Catalog {
  return checkVersion(readJson<Catalog>("catalog", dir), "catalog", CATALOG_FORMAT_VERSION);
}

/** Reads the related paragraphs. */
export function readRelated(dir: string): RelatedTable {
  return new RelatedTable(checkVersion(readJson<RelatedFile>("related", dir), "related", RELATED_FORMAT_VERSION));
}

/** Reads the decoded text of every source file, by file name. */
export function readSourceTexts(dir: string): Record<string, string> {
  return readJson<{ texts: Record<string, string> }>("sources", dir).texts;
}

/** Reads where every retired essay and paragraph id leads (from routes.json, lib/anchors/resolve.ts). */
export function readRetired(dir: string): Retired {
  return readJson<RouteTable>("routes", dir).retired;
}

/** Reads the stored match forms. */
export function readForms(dir: string): StoredForms {
  return readJson<StoredForms>("forms", dir);
}

/** Reads and imports the FlexSearch paragraph index. */
export function readParagraphIndex(dir: string): BuiltIndex {
  try {
    return importParagraphIndex(readIndexFolder(generatedFile("index", dir)));
  } catch (error) {
    if (error instanceof IndexVersionError) throw new GeneratedDataError(`generated/${GENERATED_FILES.index} is of another format (${error.message.split(":")[0]})`);
    throw new GeneratedDataError(`generated/${GENERATED_FILES.index} is ${problemOf(error)}`);
  }
}

/** Loads nodejieba with the generated user dictionary (once per process; see lib/segment/segmenter.ts). */
export function loadGeneratedDictionary(dir: string): void {
  try {
    loadSegmenter(generatedFile("dictionary", dir));
  } catch (error) {
    if (error instanceof DictionaryMissingError) throw new GeneratedDataError(`generated/${GENERATED_FILES.dictionary} (the jieba dictionary) is missing`);
    throw error;
  }
}

/** A generated JSON file, parsed. */
export function readJson<T>(name: GeneratedFile, dir: string): T {
  try {
    return JSON.parse(readFileSync(generatedFile(name, dir), "utf8")) as T;
  } catch (error) {
    throw new GeneratedDataError(`generated/${GENERATED_FILES[name]} is ${problemOf(error)}`);
  }
}

function problemOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code === "ENOENT" ? "missing" : "unreadable";
}

function checkVersion<T extends { formatVersion: number }>(data: T, name: GeneratedFile, expected: number): T {
  if (data.formatVersion !== expected) throw new GeneratedDataError(`generated/${GENERATED_FILES[name]} has format ${String(data.formatVersion)}, not ${expected}`);
  return data;
}
