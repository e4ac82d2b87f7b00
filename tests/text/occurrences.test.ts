import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog/build-catalog";
import { Research } from "@/lib/research/research";
import { SearchEngine } from "@/lib/search/engine";
import { buildParagraphIndex } from "@/lib/search/paragraph-index";
import { PostingLists } from "@/lib/search/postings";
import { dictionaryText, extractKeywords, isContentWord, loadSegmenter, segmentText } from "@/lib/segment/segmenter";
import { matchForm } from "@/lib/text/match-form";
import { countOccurrences, occurrenceStarts } from "@/lib/text/occurrences";
import type { Catalog, Corpus } from "@/lib/types";
import { distributionTable, kwicTable } from "@/lib/web/export";
import { parseLines } from "../helpers";

describe("countOccurrences and occurrenceStarts: non-overlapping, left to right", () => {
  it.each([
    // text, needle, starts
    ["发展发展的发展", "发展", [0, 2, 5]],
    ["哈哈哈", "哈哈", [0]],
    ["哈哈哈哈哈", "哈哈", [0, 2]],
    ["aaaa", "aa", [0, 2]],
    ["共同共同共同", "共同共同", [0]],
    ["治理", "治理现代化", []],
    ["abc", "", []],
    ["", "a", []],
    ["𠀀𠀀𠀀", "𠀀𠀀", [0]],
  ] as const)("%s / %s", (text, needle, starts) => {
    expect(occurrenceStarts(text, needle)).toEqual(starts);
    expect(countOccurrences(text, needle)).toBe(starts.length);
    // What a reader's editor (or String.split) counts.
    if (needle !== "") expect(countOccurrences(text, needle)).toBe(text.split(needle).length - 1);
  });

  it("stops counting at the cap", () => {
    expect(countOccurrences("甲甲甲甲甲", "甲", 3)).toBe(3);
    expect(countOccurrences("甲甲", "甲", 3)).toBe(2);
  });
});

describe("one count everywhere: ranking, concordance, distribution, themes and exports agree", () => {
  // "哈哈" occurs 2 times in 哈哈哈哈哈 and once in 哈哈哈 when counted without overlap (4 and 2 with it).
  const texts = ["哈哈哈哈哈，说的是笑话。", "哈哈哈，又是一段。", "没有这个词的段落。"];
  let corpus: Corpus;
  let engine: SearchEngine;
  let research: Research;
  let catalog: Catalog;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), "occurrences-test-"));
    writeFileSync(join(dir, "user-dict.utf8"), dictionaryText([], []));
    loadSegmenter(join(dir, "user-dict.utf8"));
    const essays = parseLines(["# 笑话集", "", "■张三", "", ...texts.flatMap((t) => [t, ""])], "laugh.txt").essays;
    corpus = { formatVersion: 1, sources: [], essays: essays.map((e, order) => ({ ...e, order })) };
    catalog = buildCatalog(corpus, [{ name: "笑", terms: ["哈哈"] }], { segment: segmentText, keywords: extractKeywords, isContentWord: (w) => isContentWord(w) });
    engine = new SearchEngine(buildParagraphIndex(corpus), corpus.essays, catalog, segmentText);
    research = new Research(engine);
    expect(corpus.essays[0]!.paragraphs.map((p) => p.text)).toEqual(texts);
  });

  const expected = texts.map((t) => countOccurrences(matchForm(t), "哈哈"));

  it("counts 2, 1, 0 (not the overlapping 4, 2, 0)", () => {
    expect(expected).toEqual([2, 1, 0]);
  });

  it("ranking's term frequencies", () => {
    const postings = new PostingLists(buildParagraphIndex(corpus), texts.map(matchForm)).of("哈哈");
    expect([...postings.ids]).toEqual([0, 1]);
    expect([...postings.tf]).toEqual([2, 1]);
  });

  it("the concordance's lines", () => {
    const kwic = research.concordance({ query: "哈哈", sort: "position", width: 5, offset: 0, limit: 100 });
    expect(kwic.total).toBe(3);
    expect(kwic.lines.map((l) => [l.paragraph.n, l.start])).toEqual([[1, 0], [1, 2], [2, 0]]);
  });

  it("the distribution's counts", () => {
    const distribution = research.distribution({ query: "哈哈", by: "essay" });
    expect(distribution.totals).toEqual([3]);
    expect(distribution.groups.map((g) => g.counts[0])).toEqual([3]);
  });

  it("the theme's matched counts", () => {
    const theme = catalog.themes.find((t) => t.name === "笑")!;
    expect(theme.paragraphs.map((p) => [p.n, p.matched[0]!.count])).toEqual([[1, 2], [2, 1]]);
  });

  it("the exports", () => {
    const kwic = kwicTable(research, { query: "哈哈", filters: {}, sort: "position", width: 5 }, "http://localhost:3000");
    expect(kwic.total).toBe(3);
    expect(kwic.rows).toHaveLength(3);
    const distribution = distributionTable(research, { query: "哈哈", filters: {}, by: "essay" });
    // columns: group, value, characters, then count and rate per term
    expect(distribution.rows.map((r) => r[3])).toEqual([3]);
  });
});
