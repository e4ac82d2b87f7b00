import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeLedger } from "../anchors/ledger";
import { formerIdsOf, retiredIds, type Retired } from "../anchors/resolve";
import { buildCatalog } from "../catalog/build-catalog";
import { buildCorpus, LEDGER_FILE } from "../corpus/build-corpus";
import { loadThemes } from "../curated/themes";
import { encodeRelated, relatedParagraphs } from "../related/compute";
import { buildParagraphIndex, exportParagraphIndex, writeIndexFolder } from "../search/paragraph-index";
import { dictionaryText, extractKeywords, isContentWord, loadSegmenter, readDictionary, segmentText } from "../segment/segmenter";
import { matchForm } from "../text/match-form";
import type { Catalog, Corpus, IngestReport } from "../types";
import { CURRENT_FORMATS, DO_NOT_EDIT, GENERATED_FILES, type BuildRecord, type GeneratedFile } from "./files";
import { paragraphRanges, type RouteTable } from "./routes";

/**
 * `npm run index` as a function: seeds/ in, a complete generated folder out.
 * Parses the sources (lib/corpus/), writes the jieba dictionary and loads it,
 * indexes the paragraphs (lib/search/paragraph-index.ts), builds the catalog
 * and the related paragraphs, and writes every file of the contract in
 * files.ts into a sibling folder that is renamed into place only when all of
 * it is written, `build.json` last: a reader never sees half of one build.
 * Then it writes the anchor ledger back beside the seeds (lib/anchors/).
 * Throws CorpusBuildError, MetadataError or ThemesConfigError (each naming
 * the file) on bad input, leaving the previous folder as it was.
 */

/** What a build measured, for the benchmark (`--stats`). */
export interface BuildStats {
  seconds: number;
  indexAndCatalogSeconds: number;
  relatedSeconds: number;
  /** Characters of paragraph text in the corpus. */
  characters: number;
  /** Characters given to jieba, and the seconds it took. */
  segmentedCharacters: number;
  segmentSeconds: number;
  paragraphs: number;
  essays: number;
}

/**
 * Builds `outDir` from `seedsDir`.
 *
 * @example buildGenerated("seeds", "generated").report.totals.essays // 13
 */
export function buildGenerated(seedsDir: string, outDir: string): { report: IngestReport; stats: BuildStats } {
  const started = performance.now();
  const { corpus, report, texts, ledger } = buildCorpus(seedsDir);
  // Where every retired id leads, and on each paragraph the ids that lead to it now.
  const retired = retiredIds(ledger);
  const formerIds = formerIdsOf(retired);
  for (const essay of corpus.essays) for (const p of essay.paragraphs) if (formerIds.has(p.id)) p.formerIds = formerIds.get(p.id)!;
  const themes = loadThemes(join(seedsDir, "themes.json"));

  const tmpDir = `${outDir}.tmp-${process.pid}`;
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  const write = (name: GeneratedFile, content: string) => writeFileSync(join(tmpDir, GENERATED_FILES[name]), content);
  const json = (value: object) => JSON.stringify({ $comment: DO_NOT_EDIT, ...value });

  // The dictionary first: nodejieba loads it from a file.
  const dictionaryPath = join(seedsDir, "user-dict.utf8");
  const entries = existsSync(dictionaryPath) ? readDictionary(dictionaryPath) : [];
  if (entries.length === 0) report.warnings.push({ file: "user-dict.utf8", line: 0, message: "no domain user dictionary in the seeds folder; segmenting with the stock dictionary and author names only" });
  const names = corpus.essays.flatMap((e) => e.authors.flatMap((a) => (a.name ? [a.name] : [])));
  write("dictionary", dictionaryText(entries, names));
  loadSegmenter(join(tmpDir, GENERATED_FILES.dictionary));

  // Segmentation is timed on its own, for the throughput the benchmark reports; each paragraph's
  // content terms are kept from the catalog's pass for the related paragraphs, so jieba cuts a text once.
  const segmentation = { seconds: 0, characters: 0 };
  const contentTerms = new Map<string, string[]>();
  const segment = (text: string) => {
    const t = performance.now();
    const terms = segmentText(text);
    segmentation.seconds += (performance.now() - t) / 1000;
    segmentation.characters += text.length;
    if (!contentTerms.has(text)) contentTerms.set(text, terms.filter((w) => isContentWord(w)));
    return terms;
  };
  const indexStarted = performance.now();
  const index = exportParagraphIndex(buildParagraphIndex(corpus));
  const catalog = buildCatalog(corpus, themes, { segment, keywords: extractKeywords, isContentWord: (w) => isContentWord(w) });
  const indexAndCatalogSeconds = (performance.now() - indexStarted) / 1000;
  const relatedStarted = performance.now();
  const related = relatedParagraphs(
    corpus.essays.flatMap((e) =>
      e.paragraphs.filter((p) => p.kind !== "heading").map((p) => ({ id: p.id, essay: e.id, terms: contentTerms.get(p.text) ?? segmentText(p.text).filter((w) => isContentWord(w)) })),
    ),
  );
  contentTerms.clear();
  const relatedSeconds = (performance.now() - relatedStarted) / 1000;

  write("corpus", json(corpus));
  writeIndexFolder(join(tmpDir, GENERATED_FILES.index), index, { $comment: DO_NOT_EDIT });
  // The paragraphs' match forms, in index order, so the server does not fold 25M characters at start.
  write("forms", json({ paragraphOrder: index.paragraphOrder, forms: corpus.essays.flatMap((e) => e.paragraphs.map((p) => matchForm(p.text))) }));
  write("catalog", json(catalog));
  write("report", JSON.stringify({ $comment: DO_NOT_EDIT, ...report }, null, 2));
  write("sources", json({ texts }));
  write("readme", `${DO_NOT_EDIT}\nRebuild with: npm run index\n`);
  write("related", json(encodeRelated(corpus.essays.flatMap((e) => e.paragraphs.map((p) => p.id)), related)));
  write("routes", JSON.stringify(routeTable(corpus, catalog, retired)));
  // Written last: what a complete build holds, so a server can tell a missing, truncated or outdated file at a glance.
  write("build", JSON.stringify(buildRecord(tmpDir)));

  mkdirSync(dirname(outDir), { recursive: true });
  const oldDir = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, oldDir);
  renameSync(tmpDir, outDir);
  rmSync(oldDir, { recursive: true, force: true });
  // Last, once everything else is written: the ledger of every id now published (committed with the seeds).
  writeLedger(join(seedsDir, LEDGER_FILE), ledger);

  return {
    report,
    stats: {
      seconds: (performance.now() - started) / 1000,
      indexAndCatalogSeconds,
      relatedSeconds,
      characters: corpus.essays.reduce((n, e) => n + e.paragraphs.reduce((m, p) => m + p.text.length, 0), 0),
      segmentedCharacters: segmentation.characters,
      segmentSeconds: segmentation.seconds,
      paragraphs: report.totals.paragraphs,
      essays: report.totals.essays,
    },
  };
}

/** What the proxy needs to route paths without loading the corpus: live paragraph ids, retired ids, and author names to slugs. */
function routeTable(corpus: Corpus, catalog: Catalog, retired: Retired): RouteTable {
  const paragraphs = paragraphRanges(corpus.essays.flatMap((e) => e.paragraphs.map((p) => p.id)));
  const authors: Record<string, string> = {};
  for (const author of catalog.authors) for (const alias of author.aliases) authors[alias] = author.slug;
  return { $comment: DO_NOT_EDIT, paragraphs, retired, authors };
}

/** The formats and the size of every file of a generated folder. */
function buildRecord(dir: string): BuildRecord {
  const files: Record<string, number> = {};
  const visit = (path: string, name: string) => {
    if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry), name ? `${name}/${entry}` : entry);
    else files[name] = statSync(path).size;
  };
  visit(dir, "");
  return { $comment: DO_NOT_EDIT, formats: CURRENT_FORMATS, files };
}
