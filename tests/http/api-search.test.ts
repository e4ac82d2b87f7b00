import { describe, expect, inject, it } from "vitest";
import { matchForm } from "@/lib/text/match-form";

/** /api/search over real HTTP against the built app. */

const baseUrl = inject("baseUrl");
async function get(query: string) {
  const response = await fetch(`${baseUrl}/api/search?${query}`);
  return { status: response.status, headers: response.headers, json: await response.json() };
}
const q = (s: string) => encodeURIComponent(s);

describe("GET /api/search", () => {
  it("answers with the contract's fields", async () => {
    const { status, headers, json } = await get(`q=${q("新质生产力")}&limit=5`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toContain("application/json");
    expect(headers.get("cache-control")).toContain("no-store");
    expect(json).toMatchObject({ query: "新质生产力", total: 57, offset: 0, limit: 5, sort: "relevance" });
    expect(json.results).toHaveLength(5);
    for (const r of json.results) {
      expect(Object.keys(r).sort()).toEqual(["essay", "highlights", "id", "kind", "paragraph", "score", "text", "url"]);
      expect(Object.keys(r.essay).sort()).toEqual(["authors", "displayTitle", "id", "source", "title"]);
      expect(r.url).toMatch(new RegExp(`^/essays/${r.essay.id}\\?hl=.+#p${r.paragraph}$`, "u"));
      for (const [s, e] of r.highlights) expect(matchForm(r.text.slice(s, e))).toBe("新质生产力");
    }
    expect(Object.keys(json.facets).sort()).toEqual(["authors", "institutions", "sources", "themes"]);
    expect(json.facets.sources.reduce((n: number, v: { count: number }) => n + v.count, 0)).toBe(57);
  });

  it("finds 新质生产力 typed in Traditional characters, and the author printed 石建勳 by 石建勋", async () => {
    expect((await get(`q=${q("新質生產力")}`)).json.total).toBe(57);
    const shi = (await get(`q=${q("石建勋")}&limit=3`)).json;
    expect(shi.results.every((r: { essay: { authors: { name: string }[] } }) => r.essay.authors[0]!.name === "石建勳")).toBe(true);
  });

  it("filters with parameters, which combine with the query", async () => {
    const all = (await get(`q=${q("治理")}`)).json;
    const author = all.facets.authors[0];
    const filtered = (await get(`q=${q("治理")}&author=${q(author.value)}`)).json;
    expect(filtered.total).toBe(author.count);
    const both = (await get(`q=${q("治理")}&author=${q(author.value)}&source=${q("002_d815cf1dd1702dc9.txt")}`)).json;
    expect(both.total).toBeLessThanOrEqual(filtered.total);
  });

  it("pages with offset and sorts by position", async () => {
    const first = (await get(`q=${q("发展")}&limit=10&sort=position`)).json;
    const second = (await get(`q=${q("发展")}&limit=10&offset=10&sort=position`)).json;
    const ids = [...first.results, ...second.results].map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(20);
    const all = (await get(`q=${q("发展")}&limit=20&sort=position`)).json.results.map((r: { id: string }) => r.id);
    expect(ids).toEqual(all);
  });

  it("reports zero results with suggestions kept apart", async () => {
    const { json } = await get(`q=${q("新质生产力基层治理")}`);
    expect(json.total).toBe(0);
    expect(json.results).toEqual([]);
    expect(json.suggestions[0]).toMatchObject({ query: "新质生产力 基层 治理" });
  });

  it.each([
    ["a negative limit", "q=a&limit=-1", "limit"],
    ["a non-numeric limit", "q=a&limit=ten", "limit"],
    ["a limit over 100", "q=a&limit=101", "limit"],
    ["a fractional offset", "q=a&offset=1.5", "offset"],
    ["a negative offset", "q=a&offset=-5", "offset"],
    ["an unknown sort", "q=a&sort=random", "sort"],
    ["a query over 500 characters", `q=${"字".repeat(501)}`, "longer than 500"],
  ])("refuses %s with a JSON 400", async (_case, query, words) => {
    const { status, json } = await get(query);
    expect(status).toBe(400);
    expect(json.status).toBe(400);
    expect(json.error).toContain(words);
  });

  it.each([
    ["an empty query", "q=", 0],
    ["no q at all", "", 0],
    ["punctuation only", `q=${q("，。！")}`, 0],
    ["a repeated q uses the first", `q=${q("一网统管")}&q=${q("治理")}`, 1],
    ["unknown parameters are ignored", `q=${q("一网统管")}&foo=bar`, 1],
    ["regex metacharacters", `q=${q(".*+?[](){}|\\")}`, 0],
  ])("answers %s", async (_case, query, total) => {
    const { status, json } = await get(query);
    expect(status).toBe(200);
    expect(json.total).toBe(total);
  });
});
