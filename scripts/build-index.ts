/**
 * `npm run index`: parses the sources in seeds/, segments every paragraph with
 * nodejieba and writes the corpus and an exported FlexSearch index to
 * generated/ (lib/artifacts/build.ts), then prints the ingest report. Exits 1, naming the file, when a
 * source cannot be read as text or the metadata file is malformed.
 *
 *   tsx scripts/build-index.ts [--seeds DIR] [--out DIR] [--json]
 *
 * The output folder is written beside the old one and renamed into place, so
 * the server never reads half a build.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CorpusBuildError } from "../lib/corpus/build-corpus";
import { AnchorLedgerError } from "../lib/anchors/ledger";
import { MetadataError } from "../lib/curated/metadata";
import { ThemesConfigError } from "../lib/curated/themes";
import { buildGenerated } from "../lib/artifacts/build";
import type { AnchorChange, IngestReport } from "../lib/types";

function main(): number {
  const { values } = parseArgs({
    options: {
      seeds: { type: "string", default: "seeds" },
      out: { type: "string", default: "generated" },
      json: { type: "boolean", default: false },
      stats: { type: "boolean", default: false },
    },
  });
  const seedsDir = resolve(values.seeds);
  const outDir = resolve(values.out);
  if (!existsSync(seedsDir)) return fail(`seeds folder not found: ${seedsDir}`);

  let built;
  try {
    built = buildGenerated(seedsDir, outDir);
  } catch (error) {
    if (error instanceof CorpusBuildError || error instanceof MetadataError || error instanceof ThemesConfigError || error instanceof AnchorLedgerError) return fail(error.message);
    throw error;
  }
  const { report, stats } = built;
  // For the benchmark: one JSON line of figures (maxRSS is in kilobytes on Linux).
  if (values.stats) console.log(JSON.stringify({ ...stats, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  else if (values.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report, outDir, stats.seconds, stats.indexAndCatalogSeconds);
  return 0;
}

function fail(message: string): number {
  console.error(`npm run index: ${message}`);
  return 1;
}

function printReport(report: IngestReport, outDir: string, seconds: number, indexSeconds: number): void {
  const line = (s = "") => console.log(s);
  line("Ingest report");
  line();
  line(["file", "essays", "paragraphs", "authors", "label"].join("\t"));
  for (const s of report.sources) line([s.file, s.essayIds.length, s.paragraphCount, s.authorCount, s.label].join("\t"));
  const t = report.totals;
  line(["total", t.essays, t.paragraphs, t.authors, `${t.sources} sources`].join("\t"));
  line();
  line(`Warnings (${report.warnings.length}):`);
  for (const w of report.warnings) line(`  ${w.file}:${w.line}: ${w.message}`);
  line();
  line(`Removed on purpose (${report.removed.length}): ${summariseRemoved(report)}`);
  for (const r of report.removed.filter((r) => r.kind !== "markup")) line(`  ${r.file}:${r.line}: ${r.kind} ${JSON.stringify(r.text)}`);
  line();
  line(`From the curated metadata file rather than the text (${report.curated.length}):`);
  for (const c of report.curated) line(`  ${c.file} ${c.field} = ${c.value}`);
  line();
  line();
  line(`Anchor ledger (seeds/anchors.json): ${report.anchors.length === 0 ? "no id changed meaning" : `${report.anchors.length} changes`}`);
  for (const c of report.anchors) line(`  ${describeChange(c)}`);
  line();
  line(`Wrote ${outDir} in ${seconds.toFixed(2)} s (indexing and catalog ${indexSeconds.toFixed(2)} s).`);
}

/** One line of the ledger section: what happened to an id, and where links to it lead now. */
function describeChange(c: AnchorChange): string {
  switch (c.kind) {
    case "new":
      return `new      ${c.id}  "${c.quote}…"`;
    case "edited":
      return `edited   ${c.id}  (text changed, id kept) "${c.quote}…"`;
    case "moved":
      return `moved    ${c.id}  (now in another essay, id kept) "${c.quote}…"`;
    case "merged":
      return `merged   ${c.id} → ${c.to}  "${c.quote}…"`;
    case "split":
      return `split    ${c.id}  (split off ${c.from})`;
    case "gone":
      return `gone     ${c.id}  (links say removed; nearest ${c.nearest ?? "none"}) "${c.quote}…"`;
    case "new-essay":
      return `new essay    ${c.id}  《${c.title}》`;
    case "essay-moved":
      return `essay moved  ${c.id} → ${c.to}  《${c.title}》`;
    case "essay-gone":
      return `essay gone   ${c.id}  《${c.title}》`;
  }
}

function summariseRemoved(report: IngestReport): string {
  const counts = new Map<string, number>();
  for (const r of report.removed) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(", ") || "none";
}

process.exitCode = main();
