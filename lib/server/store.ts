import { generatedDir } from "../artifacts/files";
import { readCatalog, readCorpus, readRelated, readRetired, readSourceTexts, type LoadedCorpus } from "../artifacts/read";
import type { Retired } from "../anchors/resolve";
import type { RelatedTable } from "../related/table";
import type { Catalog } from "../types";
import { oncePerProcess } from "./process-singleton";

/**
 * The generated data as this server process holds it: each file read from
 * `generated/` (lib/artifacts/read.ts) once, on first use, and kept in
 * memory. Pages and API routes get everything from here (through
 * `lib/browse/` and `lib/web/`) and never read files themselves.
 */

/**
 * The corpus, loaded on first call and kept for the life of the process.
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

/** The decoded text of every source file by file name, loaded once. */
export function getSourceTexts(): Record<string, string> {
  return oncePerProcess(`sources:${generatedDir()}`, () => readSourceTexts(generatedDir()));
}

/** Related paragraphs by paragraph id (see lib/related/), loaded once. */
export function getRelated(): RelatedTable {
  return oncePerProcess(`related:${generatedDir()}`, () => readRelated(generatedDir()));
}

/** Where every retired essay and paragraph id leads now (lib/anchors/), loaded once. */
export function getRetired(): Retired {
  return oncePerProcess(`retired:${generatedDir()}`, () => readRetired(generatedDir()));
}
