import { matchForm } from "../text/match-form";
import { parseQuery, type ParsedQuery } from "./query";

/**
 * Queries to offer when a query finds nothing: each word of a several-word
 * query alone, and a long unspaced word cut into its jieba terms. Each is
 * run, and only those with results are offered, with their counts; they are
 * never mixed into the results.
 */

/** How many suggestions a response lists. */
const SUGGESTIONS = 5;

/**
 * @param count how many paragraphs a parsed query matches
 * @example suggestQueries(parseQuery("数字经济赋能"), segmentText, (q) => engine.matchAll(q).length) // [{ query: "数字 经济 赋能", total: 3 }]
 */
export function suggestQueries(parsed: ParsedQuery, segment: (text: string) => string[], count: (query: ParsedQuery) => number): { query: string; total: number }[] {
  const candidates = new Set<string>();
  const units = parsed.groups.map((g) => g[0]!);
  if (units.length >= 2) for (const u of units) candidates.add(u.phrase ? `"${u.text}"` : u.text);
  for (const u of units) {
    const terms = segment(u.text).filter((t) => matchForm(t) !== "");
    if (terms.length >= 2) candidates.add(terms.join(" "));
  }
  const out: { query: string; total: number }[] = [];
  for (const query of candidates) {
    const total = count(parseQuery(query));
    if (total > 0) out.push({ query, total });
  }
  return out.sort((a, b) => b.total - a.total).slice(0, SUGGESTIONS);
}
