import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { CORPUS_FORMAT_VERSION, type Corpus, type CuratedFact, type Essay, type IngestReport, type IngestWarning, type RemovedText, type SourceSummary } from "../types";
import { alignCorpus } from "../anchors/align";
import { readLedger, type AnchorLedger } from "../anchors/ledger";
import { checkConservation, describeConservation } from "./conservation";
import { loadMetadata, type Metadata } from "../curated/metadata";
import { parseSource, type ParsedSource } from "./parse-source";
import { SourceReadError } from "./read-source";

/** The file name pattern of a source in the seeds folder. */
export const SOURCE_FILE = /\.txt$/u;

/** Raised when sources cannot be read at all; lists every such file. */
export class CorpusBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "CorpusBuildError";
  }
}

export interface BuiltCorpus {
  corpus: Corpus;
  report: IngestReport;
  /** Each source's decoded text by file name, for the source pages and the conservation test. */
  texts: Record<string, string>;
  /** The anchor ledger updated by this build (`npm run index` writes it back to seeds/anchors.json). */
  ledger: AnchorLedger;
}

/** The anchor ledger beside the sources (lib/anchors/). */
export const LEDGER_FILE = "anchors.json";

/**
 * Parses every source in `seedsDir` (files ending `.txt`, in name order) with
 * the curated metadata beside them, gives every essay and paragraph its
 * durable id from the anchor ledger beside them (lib/anchors/), and reports
 * what it found. Throws `CorpusBuildError` naming every file that is not
 * text, `MetadataError` for a malformed metadata file and `AnchorLedgerError`
 * for a malformed ledger or one that would point an id at unrelated text.
 *
 * @example buildCorpus("seeds").report.totals // { sources: 5, essays: 13, … }
 */
export function buildCorpus(
  seedsDir: string,
  metadata: Metadata = loadMetadata(join(seedsDir, "metadata.json")),
  ledger: AnchorLedger = readLedger(join(seedsDir, LEDGER_FILE)),
): BuiltCorpus {
  const files = readdirSync(seedsDir).filter((f) => SOURCE_FILE.test(f)).sort();
  const warnings: IngestWarning[] = [];
  const removed: RemovedText[] = [];
  const curated: CuratedFact[] = [];
  const failures: string[] = [];
  const parsed: { source: ParsedSource; sha256: string; labelCurated: boolean }[] = [];

  for (const file of Object.keys(metadata.sources)) {
    if (!files.includes(file)) warnings.push({ file, line: 0, message: "metadata.json names this file but there is no such source" });
  }

  for (const file of files) {
    const bytes = readFileSync(join(seedsDir, file));
    const entry = metadata.sources[file];
    const label = entry?.label ?? file;
    if (entry) curated.push({ file, field: "source.label", value: entry.label, why: entry.why });
    else warnings.push({ file, line: 0, message: "no curated label in metadata.json; the file name is shown instead" });
    try {
      const source = parseSource({ file, label }, bytes);
      parsed.push({ source, sha256: createHash("sha256").update(bytes).digest("hex"), labelCurated: entry !== undefined });
    } catch (error) {
      if (error instanceof SourceReadError) failures.push(error.message);
      else throw error;
    }
  }
  if (failures.length > 0) throw new CorpusBuildError(failures);

  for (const fix of metadata.essays) {
    const essay = parsed.find((p) => p.source.file === fix.file)?.source.essays.find((e) => e.lines[0] === fix.line);
    if (!essay) {
      warnings.push({ file: fix.file, line: fix.line, message: "metadata.json corrects an essay that does not start on this line" });
      continue;
    }
    applyCorrection(essay, fix, curated);
  }

  const essays: Essay[] = [];
  const sources: SourceSummary[] = [];
  for (const { source, sha256, labelCurated } of parsed) {
    warnings.push(...source.warnings);
    removed.push(...source.removed);
    const lost = describeConservation(checkConservation(source.text, source.essays, source.removed));
    if (lost) warnings.push({ file: source.file, line: 0, message: `text not accounted for: ${lost}` });
    for (const essay of source.essays) essays.push({ ...essay, order: essays.length });
    sources.push({
      file: source.file,
      label: source.essays[0]?.source.label ?? source.file,
      labelCurated,
      sha256,
      encoding: source.encoding,
      lineCount: source.lineCount,
      essayIds: source.essays.map((e) => e.id),
      paragraphCount: source.essays.reduce((n, e) => n + e.paragraphs.length, 0),
      authorCount: countAuthors(source.essays),
    });
  }

  const report: IngestReport = {
    sources,
    warnings,
    removed,
    curated,
    anchors: [],
    totals: {
      sources: sources.length,
      essays: essays.length,
      paragraphs: sources.reduce((n, s) => n + s.paragraphCount, 0),
      authors: countAuthors(essays),
      warnings: warnings.length,
    },
  };
  // Durable ids: the parser's ids are positions; the ledger keeps every published id on its passage.
  const aligned = alignCorpus({ formatVersion: CORPUS_FORMAT_VERSION, sources, essays }, ledger);
  for (const source of sources) source.essayIds = source.essayIds.map((id) => aligned.essayIds.get(id) ?? id);
  report.anchors = aligned.changes;
  return {
    corpus: aligned.corpus,
    report,
    texts: Object.fromEntries(parsed.map(({ source }) => [source.file, source.text])),
    ledger: aligned.ledger,
  };
}

/** Applies a curated correction to an essay and records each fact taken. */
function applyCorrection(essay: Essay, fix: Metadata["essays"][number], curated: CuratedFact[]): void {
  const where = `essay@${fix.line}`;
  if (fix.title !== undefined) {
    essay.title = fix.title;
    essay.displayTitle = fix.title;
    essay.titleDerived = false;
    curated.push({ file: fix.file, field: `${where}.title`, value: fix.title, why: fix.why });
  }
  if (fix.authors !== undefined) {
    essay.authors = fix.authors.map((a) => ({
      ...a,
      affiliations: a.institution || a.role ? [{ institution: a.institution, role: a.role }] : [],
    }));
    const value = fix.authors.map((a) => [a.name ?? "（未署名）", a.institution, a.role].filter(Boolean).join(" ")).join("；");
    curated.push({ file: fix.file, field: `${where}.authors`, value, why: fix.why });
  }
}

/** Distinct authors: named ones by name, unnamed ones each on their own. */
function countAuthors(essays: readonly Essay[]): number {
  const named = new Set<string>();
  let unnamed = 0;
  for (const essay of essays) {
    for (const author of essay.authors) {
      if (author.name) named.add(author.name);
      else unnamed++;
    }
  }
  return named.size + unnamed;
}
