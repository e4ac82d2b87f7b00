import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGenerated } from "@/lib/artifacts/build";
import { readCatalog, readCorpus } from "@/lib/artifacts/read";
import { SearchEngine } from "@/lib/search/engine";
import { buildParagraphIndex, candidateIds, exportParagraphIndex, importParagraphIndex, IndexVersionError, type BuiltIndex } from "@/lib/search/paragraph-index";
import { segmentText } from "@/lib/segment/segmenter";
import { matchForm } from "@/lib/text/match-form";
import type { Corpus } from "@/lib/types";

/** Queries for the round trip: one word, several, a phrase, an exclusion, OR, a filter, one with no result (suggestions), one character. */
const QUERIES: { query: string; filters?: Record<string, string[]> }[] = [
  { query: "新质生产力" },
  { query: "基层 治理" },
  { query: '"共建共治共享"' },
  { query: "赋能 社区 -数字" },
  { query: "new quality" },
  { query: "习近平 OR 总书记" },
  { query: "基层治理现代化路径" },
  { query: "治理", filters: { source: ["002_d815cf1dd1702dc9.txt"] } },
  { query: "发展", filters: { author: ["石建勋"] } },
  { query: "质" },
];

const work = mkdtempSync(join(tmpdir(), "index-test-"));
const dir = join(work, "generated");
let corpus: Corpus;
let built: BuiltIndex;

beforeAll(() => {
  // The real build, into a folder of its own (it also loads jieba with the generated dictionary).
  buildGenerated("seeds", dir);
  corpus = readCorpus(dir).corpus;
  built = buildParagraphIndex(corpus);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the paragraph index", () => {
  it("indexes every paragraph once, in corpus order", () => {
    expect(built.paragraphOrder).toEqual(corpus.essays.flatMap((e) => e.paragraphs.map((p) => p.id)));
  });

  it("gives every paragraph containing a string among the candidates (a superset, never missing one)", () => {
    const forms = corpus.essays.flatMap((e) => e.paragraphs.map((p) => matchForm(p.text)));
    for (const word of ["新质生产力", "基层治理", "共建共治共享", "quality", "2023", "习近平总书记", "的"]) {
      const form = matchForm(word);
      const candidates = candidateIds(built, form);
      const containing = forms.flatMap((f, doc) => (f.includes(form) ? [doc] : []));
      if (candidates === null) {
        expect([...form]).toHaveLength(1); // one character has no pair: the engine scans
        continue;
      }
      expect(containing.length).toBeGreaterThan(0);
      const set = new Set(candidates);
      expect(containing.filter((doc) => !set.has(doc))).toEqual([]);
    }
  });

  it("refuses an export from another index version", () => {
    const exported = exportParagraphIndex(built);
    expect(() => importParagraphIndex({ ...exported, formatVersion: exported.formatVersion + 1 })).toThrow(IndexVersionError);
  });
});

describe("save and reload", () => {
  it("a fresh process loading the written folder the server's way answers exactly as an engine that was never saved", () => {
    // The engine built in memory from the corpus (jieba is loaded with the build's dictionary by buildGenerated).
    const memory = new SearchEngine(buildParagraphIndex(corpus), corpus.essays, readCatalog(dir), segmentText);
    const expected = QUERIES.map((request) => {
      const response = memory.search({ ...request, limit: 50 });
      return { total: response.total, hits: response.hits.map((h) => [h.paragraph.id, h.score]), facets: response.facets, suggestions: response.suggestions };
    });
    expect(expected.filter((r) => r.total > 0).length).toBeGreaterThanOrEqual(QUERIES.length - 1);
    expect(expected.some((r) => r.suggestions.length > 0)).toBe(true);

    const output = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/fixtures/reload-index.ts", dir, JSON.stringify(QUERIES)], { encoding: "utf8" });
    expect(JSON.parse(output)).toEqual(expected);
  });
});
