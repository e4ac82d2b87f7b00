import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildParagraphIndex,
  exportParagraphIndex,
  importParagraphIndex,
  IndexVersionError,
  searchParagraphIds,
  type BuiltIndex,
} from "@/lib/search/paragraph-index";
import { dictionaryText, loadSegmenter, readDictionary, segmentText } from "@/lib/segment/segmenter";
import { loadSeedCorpus } from "./helpers";

/** Queries for the round trip: one term, several, a rare one, one with no result, with a tag filter. */
const QUERIES: { terms: string[]; tag?: Record<string, string> }[] = [
  { terms: ["新质生产力"] },
  { terms: ["基层", "治理"] },
  { terms: ["共建共治共享"] },
  { terms: ["赋能", "社区"] },
  { terms: ["new", "quality"] },
  { terms: ["习近平", "总书记"] },
  { terms: ["不存在的词"] },
  { terms: ["治理"], tag: { source: "002_d815cf1dd1702dc9.txt" } },
  { terms: ["发展"], tag: { kind: "heading" } },
  { terms: ["数字"], tag: { author: "胡雪文" } },
];

const work = mkdtempSync(join(tmpdir(), "index-test-"));
let built: BuiltIndex;

beforeAll(() => {
  const dictionary = join(work, "user-dict.utf8");
  const names = loadSeedCorpus().corpus.essays.flatMap((e) => e.authors.flatMap((a) => (a.name ? [a.name] : [])));
  writeFileSync(dictionary, dictionaryText(readDictionary("seeds/user-dict.utf8"), names));
  loadSegmenter(dictionary);
  built = buildParagraphIndex(loadSeedCorpus().corpus, segmentText);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the paragraph index", () => {
  it("indexes every paragraph once", () => {
    const all = loadSeedCorpus().corpus.essays.flatMap((e) => e.paragraphs.map((p) => p.id));
    expect(built.paragraphOrder).toEqual(all);
  });

  it("finds paragraphs by jieba term, all terms required", () => {
    const hits = searchParagraphIds(built, ["新质生产力"]);
    const paragraphs = new Map(loadSeedCorpus().corpus.essays.flatMap((e) => e.paragraphs.map((p) => [p.id, p.text])));
    expect(hits.length).toBeGreaterThan(30);
    for (const id of hits) expect(paragraphs.get(id)).toMatch(/新质生产力/u);
    for (const id of searchParagraphIds(built, ["基层", "治理"])) expect(paragraphs.get(id)).toMatch(/基层[\s\S]*治理|治理[\s\S]*基层/u);
  });

  it("finds the author written 石建勳 by the Simplified form", () => {
    // 石建勳 is only in the byline; the body never names him, so search the author tag.
    const hits = searchParagraphIds(built, ["发展"], { tag: { author: "石建勋" } });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((id) => id.startsWith("fa-zhan-xin-zhi-sheng-chan-li-shi-"))).toBe(true);
  });

  it("refuses an export from another index version", () => {
    const exported = exportParagraphIndex(built);
    expect(() => importParagraphIndex({ ...exported, formatVersion: exported.formatVersion + 1 })).toThrow(IndexVersionError);
  });
});

describe("save and reload", () => {
  it("gives identical results in a fresh process that imports the export", () => {
    const exported = exportParagraphIndex(built);
    const file = join(work, "index.json");
    writeFileSync(file, JSON.stringify(exported));
    const expected = QUERIES.map((q) => searchParagraphIds(built, q.terms, q.tag ? { tag: q.tag } : {}));
    expect(expected.filter((r) => r.length > 0).length).toBeGreaterThanOrEqual(QUERIES.length - 1);

    const output = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/fixtures/reload-index.ts", file, JSON.stringify(QUERIES)], { encoding: "utf8" });
    expect(JSON.parse(output)).toEqual(expected);
  });
});
