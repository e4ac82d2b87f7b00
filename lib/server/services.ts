import { generatedDir } from "../artifacts/files";
import { loadGeneratedDictionary, readCatalog, readCorpus, readForms, readParagraphIndex } from "../artifacts/read";
import { Research } from "../research/research";
import { SearchEngine } from "../search/engine";
import { segmentText } from "../segment/segmenter";
import type { Catalog, Corpus } from "../types";
import { oncePerProcess } from "./process-singleton";
import { getCatalog, getCorpus } from "./store";

/**
 * The search engine and research views of this server process: the exported
 * index imported, the segmenter loaded with the generated dictionary, the
 * engine built, all once, on first use. Every request after that reuses
 * them (kept per process, not per module graph: see process-singleton.ts).
 * A missing or damaged generated file throws GeneratedDataError (read.ts),
 * which the API answers with a 503.
 */

/** The process's search engine. */
export function getSearchEngine(): SearchEngine {
  return oncePerProcess(`engine:${generatedDir()}`, () => loadSearchEngineFrom(generatedDir(), getCorpus().corpus, getCatalog()));
}

/** The concordance and distribution views over the process's engine, built once. */
export function getResearch(): Research {
  return oncePerProcess(`research:${generatedDir()}`, () => new Research(getSearchEngine()));
}

/**
 * Builds an engine from a generated folder: the real load path. The server
 * calls it once (through `getSearchEngine`); the benchmark calls it for each
 * corpus size, and the save-and-reload test in a fresh process.
 *
 * @example loadSearchEngineFrom("generated").search({ query: "治理" }).total
 */
export function loadSearchEngineFrom(dir: string, corpus: Corpus = readCorpus(dir).corpus, catalog: Catalog = readCatalog(dir)): SearchEngine {
  const index = readParagraphIndex(dir);
  const { paragraphOrder, forms } = readForms(dir);
  loadGeneratedDictionary(dir);
  const aligned = paragraphOrder.length === index.paragraphOrder.length && paragraphOrder.every((id, i) => id === index.paragraphOrder[i]);
  return new SearchEngine(index, corpus.essays, catalog, segmentText, aligned ? forms : undefined);
}
