import { join } from "node:path";

/**
 * Where `npm run index` writes its output and the server reads it. The folder
 * is generated and gitignored; it is replaced whole on every build (written
 * beside it, then renamed), so a reader never sees half of one build.
 */

/** Bumped whenever the shape of `corpus.json` changes; a server refuses a corpus of another version. */
export const CORPUS_FORMAT_VERSION = 1;
/** Bumped whenever the shape of `catalog.json` changes. */
export const CATALOG_FORMAT_VERSION = 1;
/** Bumped whenever the index options or document fields change; a stale export is refused. */
export const INDEX_FORMAT_VERSION = 3;
/** Bumped whenever the shape of `related.json` or the similarity it records changes. */
export const RELATED_FORMAT_VERSION = 2;

/** Names of the files inside a generated folder. */
export const GENERATED_FILES = {
  corpus: "corpus.json",
  index: "index",
  forms: "forms.json",
  report: "report.json",
  sources: "sources.json",
  catalog: "catalog.json",
  dictionary: "user-dict.utf8",
  readme: "README.txt",
  build: "build.json",
  routes: "routes.json",
  related: "related.json",
} as const;

/**
 * The generated folder of the project the process runs in; `GENERATED_DIR`
 * overrides it (tests build into a temporary folder).
 */
export function generatedDir(): string {
  return process.env.GENERATED_DIR ?? join(/* turbopackIgnore: true */ process.cwd(), "generated");
}

/** Path of one generated file. */
export function generatedFile(name: keyof typeof GENERATED_FILES, dir = generatedDir()): string {
  // Read at run time, not traced into the build output: the folder is rebuilt by `npm run index`.
  return join(/* turbopackIgnore: true */ dir, GENERATED_FILES[name]);
}
