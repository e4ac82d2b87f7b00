import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, recallAtK, reciprocalRank, type JudgedQuery } from "@/lib/search/evaluate";
import { loadSeedCorpus } from "../helpers";

describe("recallAtK and reciprocalRank", () => {
  it.each([
    ["all found", ["a", "b"], ["a", "b"], 10, 1],
    ["half found", ["a", "x"], ["a", "b"], 10, 0.5],
    ["capped at k", ["a", "b", "c"], ["a", "b", "c", "d", "e"], 3, 1],
    ["found after k", ["x", "y", "a"], ["a"], 2, 0],
    ["nothing relevant", ["x"], [], 10, 1],
  ])("recallAtK: %s", (_case, results, relevant, k, expected) => {
    expect(recallAtK(results, relevant, k)).toBe(expected);
  });

  it.each([
    ["first", ["a", "b"], ["a"], 1],
    ["third", ["x", "y", "a"], ["a", "b"], 1 / 3],
    ["none", ["x"], ["a"], 0],
  ])("reciprocalRank: %s", (_case, results, relevant, expected) => {
    expect(reciprocalRank(results, relevant)).toBeCloseTo(expected);
  });

  it("averages over queries", () => {
    const result = evaluate([{ query: "a", relevant: ["1"] }, { query: "b", relevant: ["2"] }], (q) => (q === "a" ? ["1"] : ["x", "2"]));
    expect(result).toMatchObject({ recallAt10: 1, mrr: 0.75 });
  });
});

describe("bench/queries.json", () => {
  const { queries } = JSON.parse(readFileSync("bench/queries.json", "utf8")) as { queries: (JudgedQuery & { why: string })[] };

  it("judges only paragraphs the corpus has, each query with a reason", () => {
    const ids = new Set(loadSeedCorpus().corpus.essays.flatMap((e) => e.paragraphs.map((p) => p.id)));
    for (const q of queries) {
      expect(q.relevant.length, q.query).toBeGreaterThan(0);
      expect(q.relevant.filter((id) => !ids.has(id)), q.query).toEqual([]);
      expect(q.why.length).toBeGreaterThan(5);
    }
    expect(queries.length).toBeGreaterThanOrEqual(25);
  });
});
