import type { SearchRequest } from "../../lib/search/engine";

/** The fixed mixed query set every engine is timed on: one of each kind a researcher types. */
export const QUERY_MIX: { kind: string; request: SearchRequest }[] = [
  { kind: "one word", request: { query: "社区治理" } },
  { kind: "several words", request: { query: "新质生产力 基层治理" } },
  { kind: "phrase", request: { query: '"数字 党建"' } },
  { kind: "filter", request: { query: "发展", filters: { theme: ["ji-ceng-zhi-li"] } } },
  { kind: "rare term", request: { query: "碳达峰" } },
  { kind: "very common term", request: { query: "发展" } },
  { kind: "Traditional characters", request: { query: "新質生產力" } },
  { kind: "no result", request: { query: "量子纠缠态" } },
];

/** The same queries as plain strings, for peers that know no filters (the filter query is searched without its filter). */
export const PLAIN_QUERIES = QUERY_MIX.map((q) => q.request.query);

/** Percentiles of a list of milliseconds. */
export function percentiles(values: readonly number[]): { p50: number; p95: number; p99: number; max: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] ?? NaN, n: sorted.length };
}
