import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/corpus/build-corpus";
import { checkConservation, describeConservation } from "@/lib/corpus/conservation";
import { parseSource } from "@/lib/corpus/parse-source";
import { intersect } from "@/lib/search/id-sets";
import { shortestCover } from "@/lib/search/score";
import { readFileSync } from "node:fs";

/** The pieces the benchmark and the large-corpus fixes rest on: the synthetic corpus, list intersection, proximity. */

const work = mkdtempSync(join(tmpdir(), "scale-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tsx = (args: string[]) => spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", ...args], { encoding: "utf8", timeout: 120_000 });

describe("make-scale-corpus", () => {
  it("writes a corpus twice the real one's size that the unchanged pipeline parses without loss, with distinct authors and titles", () => {
    const out = join(work, "scale-2");
    const run = tsx(["scripts/make-scale-corpus.ts", "--factor", "2", "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    const { corpus, report } = buildCorpus(join(out, "seeds"));
    const realChars = buildCorpus("seeds").corpus.essays.reduce((n, e) => n + e.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);
    const chars = corpus.essays.reduce((n, e) => n + e.paragraphs.reduce((m, p) => m + p.text.length, 0), 0);
    expect(chars / realChars).toBeGreaterThanOrEqual(2);
    expect(chars / realChars).toBeLessThan(2.2);
    expect(report.warnings).toEqual([]);
    const names = corpus.essays.map((e) => e.authors[0]?.name);
    expect(names.every((n) => typeof n === "string")).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(corpus.essays.map((e) => e.title)).size).toBe(corpus.essays.length);
    expect(corpus.essays.every((e) => e.authors[0]!.institution !== null)).toBe(true);
    for (const file of readdirSync(join(out, "seeds")).filter((f) => f.endsWith(".txt"))) {
      const parsed = parseSource({ file, label: file }, readFileSync(join(out, "seeds", file)));
      expect(describeConservation(checkConservation(parsed.text, parsed.essays, parsed.removed))).toBeNull();
    }
  });

  it("is the same for the same seed", () => {
    const a = join(work, "a");
    const b = join(work, "b");
    tsx(["scripts/make-scale-corpus.ts", "--factor", "1", "--out", a, "--seed", "5"]);
    tsx(["scripts/make-scale-corpus.ts", "--factor", "1", "--out", b, "--seed", "5"]);
    const read = (dir: string) => readdirSync(join(dir, "seeds")).sort().map((f) => readFileSync(join(dir, "seeds", f), "utf8"));
    expect(read(a)).toEqual(read(b));
  });
});

describe("intersect", () => {
  it.each([
    ["common ids", [1, 3, 5, 7], [2, 3, 4, 5, 6], [3, 5]],
    ["none in common", [1, 2], [3, 4], []],
    ["an empty list", [], [1, 2], []],
    ["galloping far ahead", [5, 1000], Array.from({ length: 2000 }, (_, i) => i * 2), [1000]],
    ["past the end", [7], [1, 2, 3], []],
  ])("%s", (_case, short, long, expected) => {
    expect([...intersect(Uint32Array.from(short), long)]).toEqual(expected);
  });

  it("equals a plain set intersection (seeded property)", () => {
    const sorted = fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { maxLength: 80 }).map((a) => a.sort((x, y) => x - y));
    fc.assert(
      fc.property(sorted, sorted, (a, b) => {
        const set = new Set(b);
        expect([...intersect(Uint32Array.from(a), b)]).toEqual(a.filter((x) => set.has(x)));
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe("shortestCover", () => {
  /** The shortest stretch by trying every start and end. */
  function bruteForce(text: string, needles: string[]): number | null {
    let best: number | null = null;
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const slice = text.slice(start, end);
        if (needles.every((n) => slice.includes(n)) && (best === null || end - start < best)) best = end - start;
      }
    }
    return best;
  }

  it("agrees with brute force for two and three needles (seeded property)", () => {
    const alphabet = fc.constantFrom(..."甲乙丙丁");
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 24 }), fc.array(fc.string({ unit: alphabet, minLength: 1, maxLength: 2 }), { minLength: 2, maxLength: 3 }), (text, needles) => {
        expect(shortestCover(text, needles)).toBe(bruteForce(text, needles));
      }),
      { seed: 3, numRuns: 800 },
    );
  });
});

describe("benchmark children", () => {
  it("time the app on the real generated corpus and report its quality", () => {
    const run = tsx(["scripts/bench/app-queries.ts", "--dir", "generated", "--iterations", "2", "--judged", "bench/queries.json"]);
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.trim().split("\n").pop()!);
    expect(result.paragraphs).toBe(132);
    expect(result.totals["no result"]).toBe(0);
    expect(result.totals["very common term"]).toBeGreaterThan(50);
    expect(result.quality.recallAt10).toBeGreaterThan(0.9);
    expect(result.warm.n).toBe(16);
  });

  it("run a peer over the same paragraphs and judge it", () => {
    const run = tsx(["scripts/bench/peers.ts", "--dir", "generated", "--peers", "substring,flexsearch-cjk", "--iterations", "1", "--judged", "bench/queries.json"]);
    expect(run.status, run.stderr).toBe(0);
    const { peers } = JSON.parse(run.stdout.trim().split("\n").pop()!);
    expect(Object.keys(peers)).toEqual(["substring", "flexsearch-cjk"]);
    expect(peers.substring.quality.recallAt10).toBeGreaterThan(0.5);
    expect(peers.substring.latency.n).toBe(8);
  });
});
