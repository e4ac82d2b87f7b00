/**
 * Benchmark child: loads the engine and the research views from a generated
 * folder, as the server does, and times the concordance and the
 * distribution for a few queries (from rare to very common). Prints one JSON line.
 *   tsx scripts/bench/research-views.ts --dir DIR
 */
import { parseArgs } from "node:util";
import { readCatalog, readCorpus } from "../../lib/artifacts/read";
import { Research } from "../../lib/research/research";
import { loadSearchEngineFrom } from "../../lib/server/services";

const QUERIES = ["碳达峰", "新质生产力", "新质生产力 基层治理", "治理", "发展"];

const { values } = parseArgs({ options: { dir: { type: "string" } } });
const dir = values.dir!;
const corpus = readCorpus(dir).corpus;
const catalog = readCatalog(dir);
const research = new Research(loadSearchEngineFrom(dir, corpus, catalog));

function time<T>(run: () => T): { ms: number; result: T } {
  const t = performance.now();
  const result = run();
  return { ms: performance.now() - t, result };
}

const perQuery = QUERIES.map((query) => {
  const base = { query, width: 20, limit: 100 };
  // First page in corpus order: finds every occurrence of the query (then kept).
  const first = time(() => research.concordance({ ...base, sort: "position", offset: 0 }));
  const next = time(() => research.concordance({ ...base, sort: "position", offset: 100 }));
  const left = time(() => research.concordance({ ...base, sort: "left", offset: 0 }));
  const author = time(() => research.concordance({ ...base, sort: "author", offset: 0 }));
  const byEssay = time(() => research.distribution({ query, by: "essay" }));
  const byAuthor = time(() => research.distribution({ query, by: "author" }));
  return { query, occurrences: first.result.total, kwicFirstPageMs: first.ms, kwicNextPageMs: next.ms, kwicLeftSortMs: left.ms, kwicAuthorSortMs: author.ms, distributionByEssayMs: byEssay.ms, distributionByAuthorMs: byAuthor.ms };
});
const max = (key: keyof (typeof perQuery)[number]) => Math.max(...perQuery.map((q) => q[key] as number));
console.log(
  JSON.stringify({
    perQuery,
    max: {
      kwicFirstPageMs: max("kwicFirstPageMs"),
      kwicNextPageMs: max("kwicNextPageMs"),
      kwicLeftSortMs: max("kwicLeftSortMs"),
      distributionMs: Math.max(max("distributionByEssayMs"), max("distributionByAuthorMs")),
      occurrences: max("occurrences"),
    },
    rssMB: process.memoryUsage().rss / 1e6,
  }),
);
