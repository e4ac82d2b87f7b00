import { readFileSync } from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { readRelated } from "@/lib/artifacts/read";
import { parseCsv } from "@/lib/web/csv";
import { EXPORT_MAX_ROWS } from "@/lib/web/params";
import type { Corpus } from "@/lib/types";

/** The research endpoints over real HTTP against the built app: concordance, distribution, related paragraphs, exports. */

const baseUrl = inject("baseUrl");
const q = (s: string) => encodeURIComponent(s);
const corpus = JSON.parse(readFileSync("generated/corpus.json", "utf8")) as Corpus;
const paragraphs = corpus.essays.flatMap((e) => e.paragraphs);
const substringCount = (term: string) => paragraphs.reduce((n, p) => n + p.text.split(term).length - 1, 0);

async function get(path: string) {
  const response = await fetch(`${baseUrl}${path}`);
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}

describe("GET /api/kwic", () => {
  it("gives a page of lines, and a total equal to a substring count of the corpus", async () => {
    const { status, headers, json } = await get(`/api/kwic?q=${q("治理")}&limit=5&width=8`);
    expect(status).toBe(200);
    expect(headers.get("cache-control")).toContain("no-store");
    const body = json();
    expect(body).toMatchObject({ query: "治理", terms: ["治理"], total: substringCount("治理"), sort: "position", width: 8, offset: 0, limit: 5 });
    expect(body.lines).toHaveLength(5);
    for (const line of body.lines) {
      expect(line.match).toBe("治理");
      expect([...line.left].length).toBeLessThanOrEqual(8);
      expect(line.url).toMatch(new RegExp(`^/essays/${line.essay.id}\\?hl=.+#p${line.paragraph}$`, "u"));
      const text = paragraphs.find((p) => p.id === line.paragraphId)!.text;
      expect(text.slice(line.start, line.end)).toBe(line.match);
    }
  });

  it("reaches every occurrence through its pages", async () => {
    const total = substringCount("社区");
    const seen = new Set<string>();
    for (let offset = 0; offset < total; offset += 100) {
      const body = (await get(`/api/kwic?q=${q("社区")}&sort=right&offset=${offset}&limit=100`)).json();
      for (const line of body.lines) seen.add(`${line.paragraphId}@${line.start}`);
    }
    expect(seen.size).toBe(total);
  });

  it.each([
    ["sort=backwards", /sort must be one of/u],
    ["width=4", /width must be a whole number from 5 to 80/u],
    ["width=81", /width/u],
    ["width=abc", /width/u],
    ["limit=501", /limit/u],
    ["offset=-1", /offset/u],
    ["a 501-character q", /q is longer/u],
  ])("refuses %s with a JSON 400 saying why", async (params, message) => {
    const query = params.startsWith("a 501") ? `q=${q("新".repeat(501))}` : `q=${q("治理")}&${params}`;
    const { status, json } = await get(`/api/kwic?${query}`);
    expect(status).toBe(400);
    expect(json().error).toMatch(message);
  });
});

describe("GET /api/distribution", () => {
  it("counts each word per source, with rates and the scope's characters", async () => {
    const { status, json } = await get(`/api/distribution?q=${q("新质生产力 基层治理")}&by=source`);
    expect(status).toBe(200);
    const body = json();
    expect(body.terms).toEqual(["新质生产力", "基层治理"]);
    expect(body.totals).toEqual([substringCount("新质生产力"), substringCount("基层治理")]);
    expect(body.groups).toHaveLength(new Set(corpus.essays.map((e) => e.source.file)).size);
    for (const g of body.groups) {
      const text = corpus.essays.filter((e) => e.source.file === g.value).flatMap((e) => e.paragraphs);
      expect(g.counts[0]).toBe(text.reduce((n, p) => n + p.text.split("新质生产力").length - 1, 0));
      expect(g.per10k[0]).toBeCloseTo((g.counts[0] * 10000) / g.characters, 2);
    }
  });

  it("refuses an unknown grouping with a JSON 400", async () => {
    const { status, json } = await get(`/api/distribution?q=${q("治理")}&by=year`);
    expect(status).toBe(400);
    expect(json().error).toMatch(/by must be one of essay, author, source, theme/u);
  });
});

describe("related paragraphs", () => {
  const related = readRelated("generated");
  const id = related.ids.find((p) => related.count(p) > 0)!;

  it("GET /api/related/<id> lists them with links, scores and shared terms", async () => {
    const { status, json } = await get(`/api/related/${id}`);
    expect(status).toBe(200);
    const body = json();
    expect(body.id).toBe(id);
    expect(body.related.length).toBeGreaterThan(0);
    for (const r of body.related) {
      expect(r.id.startsWith(id.replace(/-p\d+$/u, ""))).toBe(false);
      expect(r.url).toMatch(/^\/essays\/[^?#]+(\?hl=[^#]+)?#p\d+$/u);
      expect(r.score).toBeGreaterThanOrEqual(0.1);
      expect(r.shared.length).toBeGreaterThan(0);
    }
  });

  it("answers an unknown paragraph with 404 (API) and the not-found page (/related/)", async () => {
    expect((await get("/api/related/no-such-essay-p1")).status).toBe(404);
    const page = await get("/related/no-such-essay-p1");
    expect(page.status).toBe(404);
    expect(page.text).toContain("页面不存在");
  });

  it("/related/<id> shows the paragraph and its related paragraphs without JavaScript", async () => {
    const page = await get(`/related/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain("<h1");
    expect(page.text).toContain("相似度");
    expect(page.text).toContain("共有词语");
  });
});

describe("GET /api/export/<view>", () => {
  it("kwic CSV: every line, with the query and bound stated, as an attachment with a UTF-8 name", async () => {
    const response = await fetch(`${baseUrl}/api/export/kwic?format=csv&q=${q("治理")}&sort=left&width=10&page=3&offset=200&limit=1`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="kwic-__-\d{4}-\d\d-\d\d\.csv"; filename\*=UTF-8''kwic-%E6%B2%BB%E7%90%86-\d{4}-\d\d-\d\d\.csv$/u);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows[0]).toEqual(["检索词", "治理"]);
    expect(rows[2]).toEqual(["选项", "排序=左语境；语境宽度=10"]);
    expect(rows[4]).toEqual(["行数", `${substringCount("治理")}（共 ${substringCount("治理")}）`]);
    expect(rows[5]).toEqual(["上限", `每个文件最多 ${EXPORT_MAX_ROWS} 行`]);
    expect(rows[7]![0]).toBe("序号");
    const lines = rows.slice(8);
    expect(lines).toHaveLength(substringCount("治理"));
    // The paging parameters of the view are ignored: the file starts at line 1.
    expect(lines[0]![0]).toBe("1");
    expect(lines.every((l) => l[2] === "治理" && [...l[1]!].length <= 10)).toBe(true);
  });

  it("results JSON: every matching paragraph, ranked as the results page ranks them", async () => {
    const { status, headers, json } = await get(`/api/export/results?format=json&q=${q("新质生产力")}&author=shi-jian-xun`);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = json();
    const api = (await get(`/api/search?q=${q("新质生产力")}&author=shi-jian-xun&limit=100`)).json();
    expect(body).toMatchObject({ view: "results", query: "新质生产力", filters: { author: ["shi-jian-xun"] }, total: api.total, rows: api.total, truncated: false });
    expect(body.data.map((r: { id: string }) => r.id)).toEqual(api.results.map((r: { id: string }) => r.id));
    // Absolute, on the site's address (SITE_URL), so the link works from a spreadsheet.
    expect(body.data[0].url).toMatch(/^https?:\/\/[^/]+\/essays\/[^?#]+\?hl=.+#p\d+$/u);
  });

  it("distribution CSV: one row per group with each term's count and rate", async () => {
    const rows = parseCsv(await (await fetch(`${baseUrl}/api/export/distribution?format=csv&q=${q("新质生产力 基层治理")}&by=author`)).text());
    expect(rows[7]).toEqual(["作者", "标识", "字数", "新质生产力（次）", "新质生产力（每万字）", "基层治理（次）", "基层治理（每万字）"]);
    const api = (await get(`/api/distribution?q=${q("新质生产力 基层治理")}&by=author`)).json();
    expect(rows.slice(8)).toEqual(api.groups.map((g: { label: string; value: string; characters: number; counts: number[]; per10k: number[] }) => [g.label, g.value, String(g.characters), String(g.counts[0]), String(g.per10k[0]), String(g.counts[1]), String(g.per10k[1])]));
  });

  it.each([
    ["an unknown view", "/api/export/everything?format=csv", 404],
    ["an unknown format", `/api/export/kwic?format=xlsx&q=${q("治理")}`, 400],
    ["a bad parameter of the view", `/api/export/kwic?format=csv&q=${q("治理")}&width=0`, 400],
    ["a bad sort of results", `/api/export/results?format=csv&q=${q("治理")}&sort=random`, 400],
  ])("%s → %i with a JSON message", async (_case, path, status) => {
    const { status: got, json } = await get(path);
    expect(got).toBe(status);
    expect(json().error).toMatch(/\w/u);
  });
});
