import { readFileSync } from "node:fs";
import { getCatalog, getCorpus } from "../corpus-store";
import { generatedFile } from "../generated-files";
import { importParagraphIndex, type ExportedIndex } from "../search-index";
import { loadSegmenter, segmentText } from "../segmentation";
import { SearchEngine } from "./engine";

/**
 * The search engine of this server process: the exported index imported, the
 * segmenter loaded with the generated dictionary, the engine built, all once,
 * on first use. Every request after that reuses it.
 */

let engine: SearchEngine | null = null;

/** The process's search engine. Throws CorpusUnavailableError (or DictionaryMissingError) when generated files are missing. */
export function getSearchEngine(): SearchEngine {
  if (engine) return engine;
  const { corpus } = getCorpus();
  const catalog = getCatalog();
  const exported = JSON.parse(readFileSync(generatedFile("index"), "utf8")) as ExportedIndex;
  loadSegmenter(generatedFile("dictionary"));
  engine = new SearchEngine(importParagraphIndex(exported), corpus.essays, catalog, segmentText);
  return engine;
}
