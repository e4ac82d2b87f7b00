import { afterEach, describe, expect, it, vi } from "vitest";
import { staleAnchorAction, staleAnchorId, type StaleAnchorAction } from "@/lib/web/stale-anchors";
import {
  authorUrl,
  distributionPageUrl,
  distributionStateParams,
  essayUrl,
  exportUrl,
  kwicLineUrl,
  kwicPageUrl,
  kwicStateParams,
  lineAnchor,
  paragraphShareUrl,
  paragraphAnchor,
  paragraphShareLink,
  paragraphUrl,
  textFragment,
  queryParams,
  relatedApiUrl,
  relatedPageUrl,
  resultUrl,
  safeDecode,
  searchPageUrl,
  searchStateParams,
  searchUrl,
  siteUrl,
  sourceUrlFor,
  themeUrl,
  viewUrls,
  withFilter,
  withoutFilter,
  type DistributionState,
  type KwicState,
  type SearchState,
} from "@/lib/web/urls";
import { essay, paragraph } from "./essay-fixture";

/** Every URL the app writes, from literal input: percent-encoding, defaults left out, parameter order. */

const ZHILI = "%E6%B2%BB%E7%90%86"; // 治理
const FAZHAN = "%E5%8F%91%E5%B1%95"; // 发展
const RENDA = "%E4%B8%AD%E5%9B%BD%E4%BA%BA%E6%B0%91%E5%A4%A7%E5%AD%A6"; // 中国人民大学

describe("path URLs", () => {
  it.each<[string, string, string]>([
    ["essay", essayUrl("abc"), "/essays/abc"],
    ["essay, CJK id", essayUrl("治理"), `/essays/${ZHILI}`],
    ["essay, reserved characters", essayUrl("a b/c?d#e"), "/essays/a%20b%2Fc%3Fd%23e"],
    ["essay, empty id", essayUrl(""), "/essays/"],
    ["share page", paragraphShareUrl("abc-p3"), "/p/abc-p3"],
    ["share page, slash", paragraphShareUrl("a/b-p1"), "/p/a%2Fb-p1"],
    ["related page", relatedPageUrl("abc-p3"), "/related/abc-p3"],
    ["related API", relatedApiUrl("abc-p3"), "/api/related/abc-p3"],
    ["related API, percent sign", relatedApiUrl("100%-p1"), "/api/related/100%25-p1"],
    ["author", authorUrl("lin-chen"), "/authors/lin-chen"],
    ["author, CJK slug", authorUrl("林晨"), "/authors/%E6%9E%97%E6%99%A8"],
    ["theme", themeUrl("ji-ceng-zhi-li"), "/themes/ji-ceng-zhi-li"],
    ["source", sourceUrlFor("001_bf7c.txt"), "/sources/001_bf7c.txt"],
    ["source at lines", sourceUrlFor("001.txt", [9, 11]), "/sources/001.txt#L9-L11"],
    ["source at one line", sourceUrlFor("001.txt", [9, 9]), "/sources/001.txt#L9"],
    ["source, space in name", sourceUrlFor("a b.txt"), "/sources/a%20b.txt"],
  ])("%s", (_case, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("paragraphUrl", () => {
  it.each<[string, string[] | undefined, string]>([
    ["no highlight", undefined, "/essays/abc#p3"],
    ["empty highlight list", [], "/essays/abc#p3"],
    ["one CJK term", ["治理"], `/essays/abc?hl=${ZHILI}#p3`],
    ["two terms, in order", ["治理", "发展"], `/essays/abc?hl=${ZHILI}&hl=${FAZHAN}#p3`],
    ["space and ampersand", ["a b", "c&d"], "/essays/abc?hl=a+b&hl=c%26d#p3"],
    ["full-width letters", ["ＡＩ"], "/essays/abc?hl=%EF%BC%A1%EF%BC%A9#p3"],
    ["astral Han", ["𠀀"], "/essays/abc?hl=%F0%A0%80%80#p3"],
  ])("%s", (_case, highlight, expected) => {
    expect(paragraphUrl("abc", "abc-p3", highlight)).toBe(expected);
  });

  it("anchors a paragraph by its durable id, not its position, and by its whole id when it came from another essay", () => {
    expect(paragraphUrl("abc", "abc-p31")).toBe("/essays/abc#p31");
    expect(paragraphUrl("abc", "xyz-p7")).toBe("/essays/abc#xyz-p7");
  });
});

describe("paragraphAnchor", () => {
  it.each<[string, string, string]>([
    ["abc", "abc-p3", "p3"],
    ["abc", "abc-p31", "p31"],
    ["abc", "abcd-p3", "abcd-p3"],
    ["abc", "xyz-p7", "xyz-p7"],
  ])("%s / %s", (essay, paragraph, expected) => {
    expect(paragraphAnchor(essay, paragraph)).toBe(expected);
  });
});

describe("textFragment and paragraphShareLink", () => {
  it.each<[string, string]>([
    // up to the first clause mark (a word boundary, where Chromium can match), percent-encoded, "-" and "&" too
    ["数字党建，赋能社区治理", `:~:text=${encodeURIComponent("数字党建")}`],
    ["社区是社会的基本单元，是国家治理的“最后一公里”。", `:~:text=${encodeURIComponent("社区是社会的基本单元")}`],
    // no clause mark within 40 characters: the first 12
    ["数字党建赋能社区治理现代化的路径与方法", `:~:text=${encodeURIComponent("数字党建赋能社区治理现代")}`],
    ["  短句。", `:~:text=${encodeURIComponent("短句")}`],
    ["a-b&c d", ":~:text=a%2Db%26c%20d"],
    ["第一行\n第二行", `:~:text=${encodeURIComponent("第一行")}`],
    ["𠀀𠀁𠀂", `:~:text=${encodeURIComponent("𠀀𠀁𠀂")}`],
  ])("%s", (text, expected) => {
    expect(textFragment(text)).toBe(expected);
  });

  it("puts the fragment on the share page link", () => {
    expect(paragraphShareLink("abc-p3", "数字党建")).toBe(`/p/abc-p3#:~:text=${encodeURIComponent("数字党建")}`);
  });
});

describe("searchUrl", () => {
  it.each<[string, string]>([
    ["治理", `/search?q=${ZHILI}`],
    ["", "/search?q="],
    ["a b", "/search?q=a+b"],
    ['"数字党建"', "/search?q=%22%E6%95%B0%E5%AD%97%E5%85%9A%E5%BB%BA%22"],
    ["作者:林晨", "/search?q=%E4%BD%9C%E8%80%85%3A%E6%9E%97%E6%99%A8"],
    ["100%", "/search?q=100%25"],
  ])("%j", (query, expected) => {
    expect(searchUrl(query)).toBe(expected);
  });
});

describe("lineAnchor and safeDecode", () => {
  it.each<[[number, number], string]>([
    [[1, 1], "L1"],
    [[9, 11], "L9-L11"],
    [[120, 121], "L120-L121"],
  ])("lineAnchor(%j)", (lines, expected) => {
    expect(lineAnchor(lines)).toBe(expected);
  });

  it.each<[string, string]>([
    ["%E6%B2%BB%E7%90%86", "治理"],
    ["a%20b", "a b"],
    ["plain", "plain"],
    ["", ""],
    ["%E6", "%E6"],
    ["100%", "100%"],
    ["%zz", "%zz"],
    ["%F0%A0%80%80", "𠀀"],
  ])("safeDecode(%j)", (segment, expected) => {
    expect(safeDecode(segment)).toBe(expected);
  });
});

describe("siteUrl", () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each<[string | undefined, string]>([
    [undefined, "http://localhost:3000"],
    ["https://example.org", "https://example.org"],
    ["https://example.org:8443/base/", "https://example.org:8443"],
  ])("SITE_URL=%s", (value, origin) => {
    vi.stubEnv("SITE_URL", value);
    expect(siteUrl().origin).toBe(origin);
  });
});

describe("queryParams", () => {
  it.each<[string, string, SearchState["filters"], string]>([
    ["nothing", "", {}, ""],
    ["query only", "治理", {}, `q=${ZHILI}`],
    ["a blank query is kept (only the empty one is left out)", " ", {}, "q=+"],
    ["filters in FILTER_FIELDS order, not object order", "", { theme: ["t"], author: ["a"] }, "author=a&theme=t"],
    ["repeated values in order", "治理", { author: ["b", "a"] }, `q=${ZHILI}&author=b&author=a`],
    ["CJK filter value", "", { institution: ["中国人民大学"] }, `institution=${RENDA}`],
    ["empty list", "", { source: [] }, ""],
  ])("%s", (_case, q, filters, expected) => {
    expect(queryParams(q, filters).toString()).toBe(expected);
  });
});

const SEARCH: SearchState = { q: "", filters: {}, sort: "relevance", page: 1 };

describe("searchPageUrl", () => {
  it.each<[string, SearchState, string]>([
    ["defaults", SEARCH, "/search"],
    ["query", { ...SEARCH, q: "治理" }, `/search?q=${ZHILI}`],
    ["page 1 is left out", { ...SEARCH, q: "治理", page: 1 }, `/search?q=${ZHILI}`],
    ["page 2", { ...SEARCH, q: "治理", page: 2 }, `/search?q=${ZHILI}&page=2`],
    ["corpus order", { ...SEARCH, q: "治理", sort: "position" }, `/search?q=${ZHILI}&sort=position`],
    [
      "everything, in the order q, filters, sort, page",
      { q: "新质生产力", filters: { institution: ["中国人民大学"], author: ["a", "b"] }, sort: "position", page: 3 },
      `/search?q=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B&author=a&author=b&institution=${RENDA}&sort=position&page=3`,
    ],
    ["filters without a query", { ...SEARCH, filters: { author: ["lin-chen"] } }, "/search?author=lin-chen"],
    ["query syntax is encoded", { ...SEARCH, q: '"数字" -发展 OR 作者:林晨' }, "/search?q=%22%E6%95%B0%E5%AD%97%22+-%E5%8F%91%E5%B1%95+OR+%E4%BD%9C%E8%80%85%3A%E6%9E%97%E6%99%A8"],
  ])("%s", (_case, state, expected) => {
    expect(searchPageUrl(state)).toBe(expected);
  });

  it("searchStateParams is the same parameters", () => {
    expect(searchStateParams({ ...SEARCH, q: "治理", sort: "position", page: 2 }).toString()).toBe(`q=${ZHILI}&sort=position&page=2`);
  });
});

describe("withFilter / withoutFilter", () => {
  const onPage3: SearchState = { ...SEARCH, q: "治理", page: 3, filters: { author: ["a"] } };

  it.each<[string, SearchState, SearchState]>([
    ["adds a value and goes back to page 1", withFilter(onPage3, "author", "b"), { ...onPage3, page: 1, filters: { author: ["a", "b"] } }],
    ["adds to another field", withFilter(onPage3, "theme", "t"), { ...onPage3, page: 1, filters: { author: ["a"], theme: ["t"] } }],
    ["a value already there is not repeated", withFilter(onPage3, "author", "a"), { ...onPage3, page: 1, filters: { author: ["a"] } }],
    ["removes a value", withoutFilter(onPage3, "author", "a"), { ...onPage3, page: 1, filters: { author: [] } }],
    ["removing an absent value changes only the page", withoutFilter(onPage3, "theme", "t"), { ...onPage3, page: 1, filters: { author: ["a"], theme: [] } }],
  ])("%s", (_case, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it("leaves the state it was given alone", () => {
    withFilter(onPage3, "author", "b");
    expect(onPage3.filters.author).toEqual(["a"]);
  });

  it("a removed filter leaves the URL", () => {
    expect(searchPageUrl(withoutFilter(onPage3, "author", "a"))).toBe(`/search?q=${ZHILI}`);
  });
});

const KWIC: KwicState = { q: "", filters: {}, sort: "position", width: 20, page: 1 };

describe("kwicPageUrl", () => {
  it.each<[string, KwicState, string]>([
    ["defaults", KWIC, "/kwic"],
    ["query", { ...KWIC, q: "治理" }, `/kwic?q=${ZHILI}`],
    ["default width 20 is left out", { ...KWIC, q: "治理", width: 20 }, `/kwic?q=${ZHILI}`],
    ["sort, width, page in that order", { ...KWIC, q: "治理", sort: "left", width: 10, page: 2 }, `/kwic?q=${ZHILI}&sort=left&width=10&page=2`],
    ["filters before options", { ...KWIC, q: "治理", filters: { author: ["lin-chen"] }, sort: "author" }, `/kwic?q=${ZHILI}&author=lin-chen&sort=author`],
    ["two words", { ...KWIC, q: "治理 发展" }, `/kwic?q=${ZHILI}+${FAZHAN}`],
  ])("%s", (_case, state, expected) => {
    expect(kwicPageUrl(state)).toBe(expected);
  });

  it("kwicStateParams is the same parameters", () => {
    expect(kwicStateParams({ ...KWIC, sort: "right", width: 40 }).toString()).toBe("sort=right&width=40");
  });
});

const DISTRIBUTION: DistributionState = { q: "", filters: {}, by: "essay" };

describe("distributionPageUrl", () => {
  it.each<[string, DistributionState, string]>([
    ["defaults", DISTRIBUTION, "/distribution"],
    ["by essay is left out", { ...DISTRIBUTION, q: "治理" }, `/distribution?q=${ZHILI}`],
    ["by author", { ...DISTRIBUTION, q: "治理", by: "author" }, `/distribution?q=${ZHILI}&by=author`],
    ["filters before by", { q: "治理", filters: { theme: ["t"] }, by: "theme" }, `/distribution?q=${ZHILI}&theme=t&by=theme`],
  ])("%s", (_case, state, expected) => {
    expect(distributionPageUrl(state)).toBe(expected);
  });

  it("distributionStateParams is the same parameters", () => {
    expect(distributionStateParams({ ...DISTRIBUTION, by: "source" }).toString()).toBe("by=source");
  });
});

describe("viewUrls", () => {
  it.each<[string, string, SearchState["filters"], ReturnType<typeof viewUrls>]>([
    ["nothing", "", {}, { search: "/search", kwic: "/kwic", distribution: "/distribution" }],
    [
      "query and filter",
      "治理",
      { author: ["a"] },
      { search: `/search?q=${ZHILI}&author=a`, kwic: `/kwic?q=${ZHILI}&author=a`, distribution: `/distribution?q=${ZHILI}&author=a` },
    ],
  ])("%s", (_case, q, filters, expected) => {
    expect(viewUrls(q, filters)).toEqual(expected);
  });
});

describe("exportUrl", () => {
  it.each<[string, Parameters<typeof exportUrl>, string]>([
    ["kwic as CSV with its sort", ["kwic", "csv", { q: "治理", filters: {}, extra: { sort: "left" } }], `/api/export/kwic?format=csv&q=${ZHILI}&sort=left`],
    ["results as JSON, filters only", ["results", "json", { q: "", filters: { author: ["a"] } }], "/api/export/results?format=json&author=a"],
    ["nothing but the format", ["distribution", "csv", { q: "", filters: {} }], "/api/export/distribution?format=csv"],
    ["options after the filters", ["distribution", "json", { q: "治理", filters: { theme: ["t"] }, extra: { by: "theme" } }], `/api/export/distribution?format=json&q=${ZHILI}&theme=t&by=theme`],
    ["several options", ["kwic", "csv", { q: "治理", filters: {}, extra: { sort: "right", width: "10" } }], `/api/export/kwic?format=csv&q=${ZHILI}&sort=right&width=10`],
  ])("%s", (_case, args, expected) => {
    expect(exportUrl(...args)).toBe(expected);
  });
});

describe("deep links of results and concordance lines", () => {
  type Hit = Parameters<typeof resultUrl>[0];
  const text = "治理体系与治理能力，ＡＩ赋能𠀀治理";
  const hit = (highlights: [number, number][]): Hit => ({ essay: essay(), paragraph: paragraph("e1", 3, text), score: 1, highlights });

  it.each<[string, [number, number][], string]>([
    ["no highlight", [], "/essays/e1#p3"],
    ["the same string twice is highlighted once", [[0, 2], [5, 7]], `/essays/e1?hl=${ZHILI}#p3`],
    ["as printed: full-width letters", [[10, 12]], "/essays/e1?hl=%EF%BC%A1%EF%BC%A9#p3"],
    ["offsets are UTF-16: after an astral character", [[16, 18]], `/essays/e1?hl=${ZHILI}#p3`],
    [
      "at most 5 strings",
      [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [6, 7]],
      "/essays/e1?hl=%E6%B2%BB&hl=%E7%90%86&hl=%E4%BD%93&hl=%E7%B3%BB&hl=%E4%B8%8E#p3",
    ],
  ])("resultUrl: %s", (_case, highlights, expected) => {
    expect(resultUrl(hit(highlights))).toBe(expected);
  });

  it.each<[string, string, string]>([
    ["the hit as matched", "治理", `/essays/e1?hl=${ZHILI}#p3`],
    ["a Traditional hit stays as printed", "治理體系", "/essays/e1?hl=%E6%B2%BB%E7%90%86%E9%AB%94%E7%B3%BB#p3"],
  ])("kwicLineUrl: %s", (_case, match, expected) => {
    const line: Parameters<typeof kwicLineUrl>[0] = { essay: essay(), paragraph: paragraph("e1", 3, text), left: "", match, right: "", cutLeft: false, cutRight: false, term: "治理", start: 0, end: match.length };
    expect(kwicLineUrl(line)).toBe(expected);
  });
});

describe("staleAnchorId: which id an essay page asks about", () => {
  it.each<[string, string, string, boolean, string | null]>([
    ["an anchor the page has", "#p6", "", true, null],
    ["an anchor the page lacks: this essay's paragraph", "#p6", "", false, "abc-p6"],
    ["a whole id the page lacks (a passage from another essay)", "#xyz-p7", "", false, "xyz-p7"],
    ["after a redirect from a retired essay, even when the page has p6", "#p6", "?from=old-essay", true, "old-essay-p6"],
    ["after a redirect, a whole id", "#xyz-p7", "?hl=%E6%B2%BB&from=old", true, "xyz-p7"],
    ["no fragment", "", "", false, null],
    ["broken percent-encoding", "#%E6%B2", "", false, null],
  ])("%s", (_case, hash, search, has, expected) => {
    expect(staleAnchorId(hash, search, "abc", has)).toBe(expected);
  });
});

describe("staleAnchorAction: what the page does with the API's answer", () => {
  it.each<[string, number, unknown, string, StaleAnchorAction]>([
    ["a passage that lives elsewhere is followed", 200, { url: "/essays/abc#p5" }, "/essays/abc#p6", { kind: "follow", href: "/essays/abc#p5" }],
    ["already there: nothing (no loop)", 200, { url: "/essays/abc#p6" }, "/essays/abc#p6", { kind: "none" }],
    ["removed, with the nearest paragraph", 410, { nearest: { url: "/essays/abc#p5", n: 4 } }, "/essays/abc#p6", { kind: "notice", anchor: "p6", nearest: { href: "/essays/abc#p5", n: 4 } }],
    ["removed, nothing survived", 410, { nearest: null }, "/essays/abc#p6", { kind: "notice", anchor: "p6", nearest: null }],
    ["never published", 404, { error: "no" }, "/essays/abc#p6", { kind: "none" }],
    ["a body that is not JSON", 200, null, "/essays/abc#p6", { kind: "none" }],
  ])("%s", (_case, status, body, here, expected) => {
    expect(staleAnchorAction(status, body, "p6", here)).toEqual(expected);
  });
});
