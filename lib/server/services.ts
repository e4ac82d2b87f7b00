import { readFileSync } from "node:fs";
import type { Catalog } from "../catalog/build-catalog";
import { CorpusUnavailableError, getCatalog, getCorpus, readCatalog, readCorpus } from "./store";
import { generatedDir, generatedFile } from "../generated/files";
import type { Corpus } from "../types";
import { importParagraphIndex, readIndexFolder } from "../search/paragraph-index";
import { DictionaryMissingError, loadSegmenter, segmentText } from "../segment/segmenter";
import { oncePerProcess } from "./process-singleton";
import { Research } from "../research/research";
import { SearchEngine } from "../search/engine";

/**
 * The search engine of this server process: the exported index imported, the
 * segmenter loaded with the generated dictionary, the engine built, all once,
 * on first use. Every request after that reuses it (kept per process, not
 * per module graph: see process-singleton.ts).
 */

/** The process's search engine. Throws CorpusUnavailableError (or DictionaryMissingError) when generated files are missing. */
export function getSearchEngine(): SearchEngine {
  return oncePerProcess(`engine:${generatedDir()}`, loadEngine);
}

function loadEngine(): SearchEngine {
  try {
    return loadSearchEngineFrom(generatedDir(), getCorpus().corpus, getCatalog());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new CorpusUnavailableError("the generated search index is missing");
    if (error instanceof DictionaryMissingError) throw new CorpusUnavailableError("the generated jieba dictionary is missing");
    if (error instanceof SyntaxError) throw new CorpusUnavailableError("the generated search index is unreadable");
    throw error;
  }
}

/** The concordance and distribution views over the process's engine, built once. Throws as `getSearchEngine` does. */
export function getResearch(): Research {
  return oncePerProcess(`research:${generatedDir()}`, () => new Research(getSearchEngine(), getCorpus().corpus.essays, getCatalog()));
}

/**
 * Builds an engine from a generated folder. The server calls it once (through
 * `getSearchEngine`); the benchmark calls it for each corpus size.
 */
export function loadSearchEngineFrom(dir: string, corpus: Corpus = readCorpus(dir).corpus, catalog: Catalog = readCatalog(dir)): SearchEngine {
  // Only the character-pair field: the engine never reads `terms`, and leaving it out saves memory.
  const index = importParagraphIndex(readIndexFolder(generatedFile("index", dir), ["grams"]), ["grams"]);
  const { paragraphOrder, forms } = JSON.parse(readFileSync(generatedFile("forms", dir), "utf8")) as { paragraphOrder: string[]; forms: string[] };
  loadSegmenter(generatedFile("dictionary", dir));
  const aligned = paragraphOrder.length === index.paragraphOrder.length && paragraphOrder.every((id, i) => id === index.paragraphOrder[i]);
  return new SearchEngine(index, corpus.essays, catalog, segmentText, aligned ? forms : undefined);
}
