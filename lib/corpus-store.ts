import { readFileSync } from "node:fs";
import { CORPUS_FORMAT_VERSION, generatedFile } from "./generated-files";
import type { Corpus, Essay } from "./types";

/**
 * The parsed corpus as the server reads it: loaded from `generated/corpus.json`
 * once per process, on first use, and kept in memory. Pages and API routes
 * get essays from here and never read files themselves.
 */

export interface LoadedCorpus {
  corpus: Corpus;
  essaysById: Map<string, Essay>;
}

/** Raised when the generated corpus is missing or unreadable; the message says how to fix it. */
export class CorpusUnavailableError extends Error {
  constructor(reason: string) {
    super(`${reason}: run \`npm run index\` to build it`);
    this.name = "CorpusUnavailableError";
  }
}

let loaded: LoadedCorpus | null = null;

/**
 * The corpus, loaded on first call and cached for the life of the process.
 *
 * @example getCorpus().essaysById.get("ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f")?.displayTitle
 */
export function getCorpus(): LoadedCorpus {
  if (loaded) return loaded;
  const path = generatedFile("corpus");
  let corpus: Corpus;
  try {
    corpus = JSON.parse(readFileSync(path, "utf8")) as Corpus;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CorpusUnavailableError(code === "ENOENT" ? "the generated corpus is missing" : "the generated corpus is unreadable");
  }
  if (corpus.formatVersion !== CORPUS_FORMAT_VERSION) {
    throw new CorpusUnavailableError(`the generated corpus has format ${String(corpus.formatVersion)}, not ${CORPUS_FORMAT_VERSION}`);
  }
  loaded = { corpus, essaysById: new Map(corpus.essays.map((e) => [e.id, e])) };
  return loaded;
}
