import { describe, expect, it } from "vitest";
import { toDistributionJson, toEssayDetail, toEssaySummary, toKwicJson, toRelatedItems, toSearchJson } from "@/lib/web/json";
import { essay, paragraph } from "./essay-fixture";

/** The API's JSON from small literal essays: what is kept, what is dropped, and the links. */

const ZHILI = "%E6%B2%BB%E7%90%86"; // 治理

/** A parsed query as the engine gives it: only `ignored` reaches the JSON. */
const parsed = (ignored: string[] = []) => ({ groups: [], excluded: [], filters: { author: [], institution: [], source: [], theme: [] }, ignored });
const noFacets = { authors: [], institutions: [], sources: [], themes: [] };

const AUTHOR = { name: "林晨", institution: "中国人民大学", role: "教授" };
const SOURCE = { file: "001.txt", label: "理论版" };

describe("toEssaySummary", () => {
  it.each<[string, Parameters<typeof toEssaySummary>[0], object]>([
    [
      "an essay: authors without their affiliations list, blocks counted",
      essay({ paragraphs: [paragraph("e1", 1, "甲", { kind: "heading", level: 1 }), paragraph("e1", 2, "乙")] }),
      { id: "e1", title: "发展新质生产力", displayTitle: "发展新质生产力", titleDerived: false, authors: [AUTHOR], source: SOURCE, collection: null, paragraphs: 2, url: "/essays/e1" },
    ],
    [
      "untitled, unsigned, in a collection, with a CJK id",
      essay({ id: "治理", title: null, displayTitle: "加快发展…", titleDerived: true, authors: [], collection: { id: "c1", title: "理论版" }, paragraphs: [] }),
      { id: "治理", title: null, displayTitle: "加快发展…", titleDerived: true, authors: [], source: SOURCE, collection: { id: "c1", title: "理论版" }, paragraphs: 0, url: `/essays/${ZHILI}` },
    ],
    [
      "an author note naming only an institution",
      essay({ authors: [{ name: null, institution: "某研究院", role: null, affiliations: [] }] }),
      { id: "e1", title: "发展新质生产力", displayTitle: "发展新质生产力", titleDerived: false, authors: [{ name: null, institution: "某研究院", role: null }], source: SOURCE, collection: null, paragraphs: 1, url: "/essays/e1" },
    ],
  ])("%s", (_case, input, expected) => {
    expect(toEssaySummary(input)).toEqual(expected);
  });

  it("keeps the field order of the contract", () => {
    expect(Object.keys(toEssaySummary(essay()))).toEqual(["id", "title", "displayTitle", "titleDerived", "authors", "source", "collection", "paragraphs", "url"]);
  });
});

describe("toEssayDetail", () => {
  const detailed = essay({
    byline: { text: "林晨", lines: [2, 2] },
    authorNote: { text: "（作者系中国人民大学教授）", lines: [20, 20] },
    pieces: [{ id: "p1", title: "一" }],
    paragraphs: [
      paragraph("e1", 1, "一、总体要求", { kind: "heading", level: 1 }),
      paragraph("e1", 2, "This paper…", { kind: "abstract", lang: "en", label: "Abstract" }),
      paragraph("e1", 3, "正文。"),
    ],
  });

  it.each<[string, Parameters<typeof toEssayDetail>[0], object]>([
    [
      "blocks carry level, lang and label only when set",
      detailed,
      {
        ...toEssaySummary(detailed),
        paragraphs: [
          { id: "e1-p1", n: 1, kind: "heading", text: "一、总体要求", lines: [2, 2], level: 1 },
          { id: "e1-p2", n: 2, kind: "abstract", text: "This paper…", lines: [4, 4], lang: "en", label: "Abstract" },
          { id: "e1-p3", n: 3, kind: "body", text: "正文。", lines: [6, 6] },
        ],
        pieces: [{ id: "p1", title: "一" }],
        byline: "林晨",
        authorNote: "（作者系中国人民大学教授）",
        lines: [1, 20],
      },
    ],
    [
      "no byline or note: null",
      essay(),
      { ...toEssaySummary(essay()), paragraphs: [{ id: "e1-p1", n: 1, kind: "body", text: "加快发展新质生产力。", lines: [2, 2] }], pieces: [], byline: null, authorNote: null, lines: [1, 20] },
    ],
  ])("%s", (_case, input, expected) => {
    expect(toEssayDetail(input)).toEqual(expected);
  });

  it("has no key for an absent optional field (not even undefined)", () => {
    expect(Object.keys(toEssayDetail(detailed).paragraphs[2]!)).toEqual(["id", "n", "kind", "text", "lines"]);
  });
});

describe("toSearchJson", () => {
  type Response = Parameters<typeof toSearchJson>[1];
  const text = "治理体系与治理能力";
  const response = (hits: Response["hits"], extra: Partial<Response> = {}): Response => ({ parsed: parsed(), total: hits.length, hits, facets: noFacets, suggestions: [], ...extra });
  const request = { query: "治理", offset: 0, limit: 20, sort: "relevance" as const };

  it.each<[string, Parameters<typeof toSearchJson>[0], Response, object]>([
    [
      "a hit: its paragraph, highlights, deep link and essay",
      request,
      response([{ essay: essay(), paragraph: paragraph("e1", 3, text), score: 2.5, highlights: [[0, 2], [5, 7]] }]),
      {
        query: "治理",
        total: 1,
        offset: 0,
        limit: 20,
        sort: "relevance",
        results: [
          {
            id: "e1-p3",
            text,
            highlights: [[0, 2], [5, 7]],
            paragraph: 3,
            kind: "body",
            url: `/essays/e1?hl=${ZHILI}#p3`,
            score: 2.5,
            essay: { id: "e1", title: "发展新质生产力", displayTitle: "发展新质生产力", authors: [AUTHOR], source: SOURCE },
          },
        ],
        facets: noFacets,
        suggestions: [],
        ignored: [],
      },
    ],
    [
      "nothing found: suggestions and ignored parts, the request echoed",
      { query: "治理 - 量子", offset: 40, limit: 10, sort: "position" },
      response([], { parsed: parsed(["-"]), suggestions: [{ query: "治理", total: 74 }] }),
      { query: "治理 - 量子", total: 0, offset: 40, limit: 10, sort: "position", results: [], facets: noFacets, suggestions: [{ query: "治理", total: 74 }], ignored: ["-"] },
    ],
    [
      "total is the engine's, not the page's",
      request,
      response([], { total: 74, facets: { ...noFacets, authors: [{ value: "lin-chen", label: "林晨", count: 12 }] } }),
      { query: "治理", total: 74, offset: 0, limit: 20, sort: "relevance", results: [], facets: { ...noFacets, authors: [{ value: "lin-chen", label: "林晨", count: 12 }] }, suggestions: [], ignored: [] },
    ],
  ])("%s", (_case, req, res, expected) => {
    expect(toSearchJson(req, res)).toEqual(expected);
  });
});

describe("toKwicJson", () => {
  type Response = Parameters<typeof toKwicJson>[1];
  const request: Parameters<typeof toKwicJson>[0] = { query: "治理 发展", filters: {}, sort: "left", width: 10, offset: 0, limit: 100 };
  const terms = [
    { text: "治理", form: "治理", phrase: false },
    { text: "发展", form: "发展", phrase: false },
  ];
  const line: Response["lines"][number] = {
    essay: essay(),
    paragraph: paragraph("e1", 4, "推进基层治理现代化", { kind: "summary" }),
    left: "推进基层",
    match: "治理",
    right: "现代化",
    cutLeft: false,
    cutRight: true,
    term: "治理",
    start: 4,
    end: 6,
  };

  it.each<[string, Response, object]>([
    [
      "a line: context, place, link, essay without its title",
      { parsed: parsed(), terms, total: 1, paragraphs: 1, matched: 1, lines: [line] },
      {
        query: "治理 发展",
        terms: ["治理", "发展"],
        total: 1,
        paragraphs: 1,
        sort: "left",
        width: 10,
        offset: 0,
        limit: 100,
        lines: [
          {
            left: "推进基层",
            match: "治理",
            right: "现代化",
            cutLeft: false,
            cutRight: true,
            term: "治理",
            paragraphId: "e1-p4",
            paragraph: 4,
            kind: "summary",
            start: 4,
            end: 6,
            url: `/essays/e1?hl=${ZHILI}#p4`,
            essay: { id: "e1", displayTitle: "发展新质生产力", authors: [AUTHOR], source: SOURCE },
          },
        ],
        ignored: [],
      },
    ],
    [
      "no word: nothing listed, what was ignored",
      { parsed: parsed(["OR"]), terms: [], total: 0, paragraphs: 0, matched: 0, lines: [] },
      { query: "治理 发展", terms: [], total: 0, paragraphs: 0, sort: "left", width: 10, offset: 0, limit: 100, lines: [], ignored: ["OR"] },
    ],
  ])("%s", (_case, response, expected) => {
    expect(toKwicJson(request, response)).toEqual(expected);
  });
});

describe("toDistributionJson", () => {
  const group = { value: "lin-chen", label: "林晨", characters: 12_000, counts: [3, 0], per10k: [2.5, 0] };

  it.each<[string, Parameters<typeof toDistributionJson>[1], object]>([
    [
      "terms as typed, totals and groups as computed",
      { parsed: parsed(), by: "author", terms: [{ text: "新质生产力", form: "新质生产力", phrase: false }, { text: "ＡＩ", form: "ai", phrase: false }], totals: [3, 0], characters: 12_000, groups: [group] },
      { query: "新质生产力 ＡＩ", by: "author", terms: ["新质生产力", "ＡＩ"], totals: [3, 0], characters: 12_000, groups: [group], ignored: [] },
    ],
    [
      "an empty scope",
      { parsed: parsed(["，"]), by: "essay", terms: [], totals: [], characters: 0, groups: [] },
      { query: "新质生产力 ＡＩ", by: "essay", terms: [], totals: [], characters: 0, groups: [], ignored: ["，"] },
    ],
  ])("%s", (_case, response, expected) => {
    expect(toDistributionJson({ query: "新质生产力 ＡＩ" }, response)).toEqual(expected);
  });
});

describe("toRelatedItems", () => {
  type Related = Parameters<typeof toRelatedItems>[0][number];
  const related = (text: string, shared: string[], extra: Partial<Related["paragraph"]> = {}): Related => ({
    essay: essay({ id: "e2", displayTitle: "以共同缔造推动基层治理" }),
    paragraph: paragraph("e2", 7, text, extra),
    score: 0.42,
    shared,
  });
  const SEVENTY = "治".repeat(70);

  it.each<[string, Related, object]>([
    [
      "a short paragraph whole; the link highlights the first 3 shared terms",
      related("基层治理现代化。", ["基层", "治理", "现代化", "推进"]),
      {
        id: "e2-p7",
        url: "/essays/e2?hl=%E5%9F%BA%E5%B1%82&hl=%E6%B2%BB%E7%90%86&hl=%E7%8E%B0%E4%BB%A3%E5%8C%96#p7",
        essayTitle: "以共同缔造推动基层治理",
        n: 7,
        score: 0.42,
        shared: ["基层", "治理", "现代化", "推进"],
        preview: "基层治理现代化。",
      },
    ],
    ["exactly 70 characters: whole, no ellipsis", related(SEVENTY, []), { id: "e2-p7", url: "/essays/e2#p7", essayTitle: "以共同缔造推动基层治理", n: 7, score: 0.42, shared: [], preview: SEVENTY }],
    ["71 characters: cut at 70, with an ellipsis", related(`${SEVENTY}理`, []), { id: "e2-p7", url: "/essays/e2#p7", essayTitle: "以共同缔造推动基层治理", n: 7, score: 0.42, shared: [], preview: `${SEVENTY}…` }],
    [
      "astral characters count as one and are never split",
      related("𠀀".repeat(71), []),
      { id: "e2-p7", url: "/essays/e2#p7", essayTitle: "以共同缔造推动基层治理", n: 7, score: 0.42, shared: [], preview: `${"𠀀".repeat(70)}…` },
    ],
    [
      "an English paragraph says so",
      related("Digital governance.", ["governance"], { kind: "abstract", lang: "en" }),
      { id: "e2-p7", url: "/essays/e2?hl=governance#p7", essayTitle: "以共同缔造推动基层治理", n: 7, score: 0.42, shared: ["governance"], preview: "Digital governance.", lang: "en" },
    ],
  ])("%s", (_case, input, expected) => {
    expect(toRelatedItems([input])).toEqual([expected]);
  });

  it("keeps the order it is given, and gives nothing for nothing", () => {
    expect(toRelatedItems([related("甲", []), { ...related("乙", []), paragraph: paragraph("e3", 1, "乙") }]).map((r) => r.id)).toEqual(["e2-p7", "e3-p1"]);
    expect(toRelatedItems([])).toEqual([]);
  });

  it("has no lang key for a Chinese paragraph", () => {
    expect(Object.keys(toRelatedItems([related("甲", [])])[0]!)).not.toContain("lang");
  });
});
