import { describe, expect, it } from "vitest";
import {
  EXPORT_MAX_ROWS,
  integerParam,
  KWIC_LIMITS,
  LIMITS,
  pageNumber,
  parseDistributionParams,
  parseKwicParams,
  parseQueryParams,
  parseSearchParams,
  toParams,
  withoutPaging,
} from "@/lib/web/params";

/** Every URL parameter the app reads, from a literal query string: defaults, bounds, repeated and malformed values. */

const LONG = "字".repeat(LIMITS.maxQueryLength);
/** 500 astral Han characters: 1,000 UTF-16 units, still 500 characters. */
const LONG_ASTRAL = "𠀀".repeat(LIMITS.maxQueryLength);

/** A query string from literal pairs, so CJK and reserved characters need no hand-encoding. */
const qs = (...pairs: [string, string][]) => new URLSearchParams(pairs);

describe("the bounds", () => {
  it("are the documented numbers", () => {
    expect([LIMITS, KWIC_LIMITS, EXPORT_MAX_ROWS]).toEqual([
      { defaultLimit: 20, maxLimit: 100, maxQueryLength: 500 },
      { pageSize: 100, defaultLimit: 100, maxLimit: 500 },
      20_000,
    ]);
  });
});

describe("parseSearchParams", () => {
  const ok = (extra: object) => ({ ok: true, request: { query: "", filters: {}, limit: 20, offset: 0, sort: "relevance", ...extra } });
  const bad = (param: string, error: string) => ({ ok: false, param, error });

  it.each<[string, URLSearchParams, object]>([
    ["nothing: the defaults", qs(), ok({})],
    ["a CJK query", qs(["q", "新质生产力"]), ok({ query: "新质生产力" })],
    ["percent-encoded", new URLSearchParams("q=%E6%B2%BB%E7%90%86"), ok({ query: "治理" })],
    ["+ is a space", new URLSearchParams("q=a+b"), ok({ query: "a b" })],
    ["%2B is a plus", new URLSearchParams("q=a%2Bb"), ok({ query: "a+b" })],
    ["broken percent-encoding decodes to U+FFFD", new URLSearchParams("q=%E6%B2"), ok({ query: "\uFFFD" })],
    ["a lone % stays", new URLSearchParams("q=100%"), ok({ query: "100%" })],
    ["the query is not trimmed", qs(["q", "  治理 "]), ok({ query: "  治理 " })],
    ["a repeated q: the first", qs(["q", "治理"], ["q", "发展"]), ok({ query: "治理" })],
    ["an empty q", qs(["q", ""]), ok({})],
    ["500 characters", qs(["q", LONG]), ok({ query: LONG })],
    ["500 astral characters (1,000 UTF-16 units)", qs(["q", LONG_ASTRAL]), ok({ query: LONG_ASTRAL })],
    ["501 characters", qs(["q", `${LONG}字`]), bad("q", "q is longer than 500 characters")],
    ["501 astral characters", qs(["q", `${LONG_ASTRAL}𠀀`]), bad("q", "q is longer than 500 characters")],
    ["limit 10", qs(["limit", "10"]), ok({ limit: 10 })],
    ["limit 1, the least", qs(["limit", "1"]), ok({ limit: 1 })],
    ["limit 100, the most", qs(["limit", "100"], ["offset", "0"]), ok({ limit: 100 })],
    ["leading zeros", qs(["limit", "0010"]), ok({ limit: 10 })],
    ["an empty limit is the default", qs(["limit", ""]), ok({})],
    ["limit 0", qs(["limit", "0"]), bad("limit", "limit must be a whole number from 1 to 100")],
    ["limit 101", qs(["limit", "101"]), bad("limit", "limit must be a whole number from 1 to 100")],
    ["full-width digits", qs(["limit", "１０"]), bad("limit", "limit must be a whole number from 1 to 100")],
    ["a fraction", qs(["limit", "1.5"]), bad("limit", "limit must be a whole number from 1 to 100")],
    ["ten digits", qs(["limit", "1000000000"]), bad("limit", "limit must be a whole number from 1 to 100")],
    ["a repeated limit: the first", qs(["limit", "5"], ["limit", "500"]), ok({ limit: 5 })],
    ["offset 999999999", qs(["offset", "999999999"]), ok({ offset: 999_999_999 })],
    ["a negative offset", qs(["offset", "-1"]), bad("offset", "offset must be a whole number, 0 or more")],
    ["a word for an offset", qs(["offset", "abc"]), bad("offset", "offset must be a whole number, 0 or more")],
    ["corpus order", qs(["sort", "position"]), ok({ sort: "position" })],
    ["an unknown sort", qs(["sort", "bogus"]), bad("sort", 'sort must be "relevance" or "position"')],
    ["sort is case-sensitive", qs(["sort", "Position"]), bad("sort", 'sort must be "relevance" or "position"')],
    ["an empty sort is not the default", qs(["sort", ""]), bad("sort", 'sort must be "relevance" or "position"')],
    ["repeated filters, in order", qs(["author", "lv-yi-fei"], ["author", "lin-chen"]), ok({ filters: { author: ["lv-yi-fei", "lin-chen"] } })],
    ["filter values are trimmed, blank ones dropped", qs(["author", " a "], ["author", ""], ["author", "  "]), ok({ filters: { author: ["a"] } })],
    ["a CJK institution", qs(["institution", "中国人民大学"]), ok({ filters: { institution: ["中国人民大学"] } })],
    ["every filter field", qs(["theme", "t"], ["source", "s"], ["institution", "i"], ["author", "a"]), ok({ filters: { author: ["a"], institution: ["i"], source: ["s"], theme: ["t"] } })],
    ["an over-long filter value", qs(["theme", "t".repeat(501)]), bad("theme", "theme is longer than 500 characters")],
    ["the query is checked before the filters", qs(["author", "a".repeat(501)], ["q", `${LONG}字`]), bad("q", "q is longer than 500 characters")],
    ["unknown parameters are ignored", qs(["q", "治理"], ["page", "3"], ["utm_source", "x"]), ok({ query: "治理" })],
  ])("%s", (_case, params, expected) => {
    expect(parseSearchParams(params)).toEqual(expected);
  });
});

describe("parseQueryParams", () => {
  it.each<[string, URLSearchParams, object]>([
    ["query and filter", qs(["q", "治理"], ["author", "lin-chen"]), { ok: true, query: "治理", filters: { author: ["lin-chen"] } }],
    ["nothing", qs(), { ok: true, query: "", filters: {} }],
    ["other parameters are not read", qs(["limit", "x"], ["sort", "y"]), { ok: true, query: "", filters: {} }],
    ["an over-long author", qs(["author", "林".repeat(501)]), { ok: false, param: "author", error: "author is longer than 500 characters" }],
  ])("%s", (_case, params, expected) => {
    expect(parseQueryParams(params)).toEqual(expected);
  });
});

describe("parseKwicParams", () => {
  const ok = (extra: object) => ({ ok: true, request: { query: "治理", filters: {}, sort: "position", width: 20, offset: 0, limit: 100, ...extra } });
  const bad = (param: string, error: string) => ({ ok: false, param, error });
  const SORT_ERROR = "sort must be one of position, left, right, essay, author";
  const WIDTH_ERROR = "width must be a whole number from 5 to 80";

  it.each<[string, URLSearchParams, object]>([
    ["the defaults", qs(["q", "治理"]), ok({})],
    ["sort and width", qs(["q", "治理"], ["sort", "left"], ["width", "10"]), ok({ sort: "left", width: 10 })],
    ["every sort", qs(["q", "治理"], ["sort", "author"]), ok({ sort: "author" })],
    ["an unknown sort", qs(["q", "治理"], ["sort", "zzz"]), bad("sort", SORT_ERROR)],
    ["a search sort is not a concordance sort", qs(["q", "治理"], ["sort", "relevance"]), bad("sort", SORT_ERROR)],
    ["width 5, the least", qs(["q", "治理"], ["width", "5"]), ok({ width: 5 })],
    ["width 80, the most", qs(["q", "治理"], ["width", "80"]), ok({ width: 80 })],
    ["width 4", qs(["q", "治理"], ["width", "4"]), bad("width", WIDTH_ERROR)],
    ["width 81", qs(["q", "治理"], ["width", "81"]), bad("width", WIDTH_ERROR)],
    ["full-width digits", qs(["q", "治理"], ["width", "２０"]), bad("width", WIDTH_ERROR)],
    ["limit 500", qs(["q", "治理"], ["limit", "500"]), ok({ limit: 500 })],
    ["limit 501", qs(["q", "治理"], ["limit", "501"]), bad("limit", "limit must be a whole number from 1 to 500")],
    ["offset", qs(["q", "治理"], ["offset", "200"]), ok({ offset: 200 })],
    ["a bad offset", qs(["q", "治理"], ["offset", "-5"]), bad("offset", "offset must be a whole number, 0 or more")],
    ["sort is checked before width", qs(["q", "治理"], ["sort", "x"], ["width", "1"]), bad("sort", SORT_ERROR)],
    ["an over-long query", qs(["q", `${LONG}字`]), bad("q", "q is longer than 500 characters")],
  ])("%s", (_case, params, expected) => {
    expect(parseKwicParams(params)).toEqual(expected);
  });
});

describe("parseDistributionParams", () => {
  const BY_ERROR = "by must be one of essay, author, source, theme";

  it.each<[string, URLSearchParams, object]>([
    ["the default: by essay", qs(["q", "治理"]), { ok: true, request: { query: "治理", filters: {}, by: "essay" } }],
    ["two words by author", qs(["q", "新质生产力 基层治理"], ["by", "author"]), { ok: true, request: { query: "新质生产力 基层治理", filters: {}, by: "author" } }],
    ["with a filter", qs(["q", "治理"], ["by", "theme"], ["author", "a"]), { ok: true, request: { query: "治理", filters: { author: ["a"] }, by: "theme" } }],
    ["paging is not read", qs(["q", "治理"], ["offset", "-1"], ["limit", "0"]), { ok: true, request: { query: "治理", filters: {}, by: "essay" } }],
    ["an unknown dimension", qs(["q", "治理"], ["by", "zzz"]), { ok: false, param: "by", error: BY_ERROR }],
    ["an empty by", qs(["q", "治理"], ["by", ""]), { ok: false, param: "by", error: BY_ERROR }],
    ["a Chinese dimension name", qs(["q", "治理"], ["by", "作者"]), { ok: false, param: "by", error: BY_ERROR }],
  ])("%s", (_case, params, expected) => {
    expect(parseDistributionParams(params)).toEqual(expected);
  });
});

describe("integerParam", () => {
  it.each<[string | null, number | null]>([
    [null, 7],
    ["", 7],
    ["0", 0],
    ["42", 42],
    ["007", 7],
    ["999999999", 999_999_999],
    ["1000000000", null],
    ["-1", null],
    ["+1", null],
    ["1.0", null],
    ["1e3", null],
    [" 1", null],
    ["１", null],
    ["٣", null],
    ["abc", null],
  ])("%j", (value, expected) => {
    expect(integerParam(value, 7)).toBe(expected);
  });
});

describe("toParams", () => {
  it.each<[string, Record<string, string | string[] | undefined>, string]>([
    ["nothing", {}, ""],
    ["one value", { q: "治理" }, "q=%E6%B2%BB%E7%90%86"],
    ["repeated values, in order", { author: ["b", "a"] }, "author=b&author=a"],
    ["undefined is left out", { q: undefined, sort: "left" }, "sort=left"],
    ["an empty value is kept", { q: "" }, "q="],
    ["an empty list is left out", { author: [] }, ""],
    ["reserved characters are kept as values", { q: "a&b=c" }, "q=a%26b%3Dc"],
  ])("%s", (_case, raw, expected) => {
    expect(toParams(raw).toString()).toBe(expected);
  });
});

describe("pageNumber", () => {
  it.each<[string | null, number]>([
    [null, 1],
    ["", 1],
    ["1", 1],
    ["3", 3],
    ["03", 3],
    ["0", 1],
    ["-1", 1],
    ["1.5", 1],
    ["abc", 1],
    ["２", 1],
    [" 2", 1],
    ["999999", 999_999],
    ["1000000", 1],
  ])("%j", (value, expected) => {
    expect(pageNumber(value)).toBe(expected);
  });
});

describe("withoutPaging", () => {
  it.each<[string, string, string]>([
    ["drops page, offset and limit", "q=%E6%B2%BB%E7%90%86&page=3&offset=200&limit=1&sort=left", "q=%E6%B2%BB%E7%90%86&sort=left"],
    ["every repetition", "page=1&page=2&width=10", "width=10"],
    ["nothing to drop", "q=a&by=author", "q=a&by=author"],
  ])("%s", (_case, input, expected) => {
    expect(withoutPaging(new URLSearchParams(input)).toString()).toBe(expected);
  });

  it("leaves its input alone", () => {
    const input = new URLSearchParams("q=a&page=2");
    withoutPaging(input);
    expect(input.toString()).toBe("q=a&page=2");
  });
});
