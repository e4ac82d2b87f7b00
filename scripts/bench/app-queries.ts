/**
 * Benchmark child: loads the app's search engine from a generated folder, as
 * the server does, and times the query mix in process. Prints one JSON line.
 *   tsx scripts/bench/app-queries.ts --dir DIR [--iterations N] [--judged bench/queries.json]
 */
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { evaluate, type JudgedQuery } from "../../lib/search/evaluate";
import { loadSearchEngineFrom } from "../../lib/server/services";
import { percentiles, QUERY_MIX } from "./query-mix";

/** Passes over the mix before timing starts. */
const WARM_UP_PASSES = 20;

const { values } = parseArgs({ options: { dir: { type: "string" }, iterations: { type: "string", default: "30" }, judged: { type: "string" } } });
const started = performance.now();
const engine = loadSearchEngineFrom(values.dir!);
const loaded = performance.now();
engine.search(QUERY_MIX[0]!.request);
// From the start of the process (Node and module loading included) to the first answer.
const firstAnswerSeconds = process.uptime();

// Cold: each query the first time this process sees it (its words' postings are built on the way).
const cold = QUERY_MIX.map(({ request }) => {
  const t = performance.now();
  engine.search({ ...request, limit: 20 });
  return performance.now() - t;
});
// Warm: the mix repeated, as a server sees a stream of queries, after warm-up passes that let the JIT compile the hot paths.
for (let i = 0; i < WARM_UP_PASSES; i++) for (const { request } of QUERY_MIX) engine.search({ ...request, limit: 20 });
const all: number[] = [];
const byKind: Record<string, number[]> = {};
for (let i = 0; i < Number(values.iterations); i++) {
  for (const { kind, request } of QUERY_MIX) {
    const t = performance.now();
    engine.search({ ...request, limit: 20 });
    const ms = performance.now() - t;
    all.push(ms);
    (byKind[kind] ??= []).push(ms);
  }
}
const totals = Object.fromEntries(QUERY_MIX.map(({ kind, request }) => [kind, engine.search({ ...request, limit: 1 }).total]));
let quality = null;
if (values.judged && existsSync(values.judged)) {
  const { queries } = JSON.parse(readFileSync(values.judged, "utf8")) as { queries: JudgedQuery[] };
  quality = evaluate(queries, (query) => engine.search({ query, limit: 10 }).hits.map((h) => h.paragraph.id));
}
console.log(
  JSON.stringify({
    paragraphs: engine.size,
    loadSeconds: (loaded - started) / 1000,
    firstAnswerSeconds,
    rssMB: process.memoryUsage().rss / 1e6,
    cold: { perQuery: Object.fromEntries(QUERY_MIX.map(({ kind }, i) => [kind, cold[i]])), max: Math.max(...cold) },
    warm: { ...percentiles(all), byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, percentiles(v).p50])) },
    totals,
    quality: quality && { recallAt10: quality.recallAt10, mrr: quality.mrr },
  }),
);
