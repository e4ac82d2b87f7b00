/**
 * `npm run eval`: runs the project's judged query set (bench/queries.json)
 * through the app's search engine over the generated index and prints
 * recall@10 and MRR, per query and overall.
 */
import { readFileSync } from "node:fs";
import { evaluate, type JudgedQuery } from "../lib/search/evaluate";
import { getSearchEngine } from "../lib/server/services";

const { queries } = JSON.parse(readFileSync("bench/queries.json", "utf8")) as { queries: JudgedQuery[] };
const engine = getSearchEngine();
const result = evaluate(queries, (query) => engine.search({ query, limit: 10 }).hits.map((h) => h.paragraph.id));
console.log(["query", "recall@10", "RR", "results"].join("\t"));
for (const row of result.queries) console.log([row.query, row.recall.toFixed(2), row.reciprocalRank.toFixed(2), row.found].join("\t"));
console.log(`\n${queries.length} queries: recall@10 = ${result.recallAt10.toFixed(3)}, MRR = ${result.mrr.toFixed(3)}`);
