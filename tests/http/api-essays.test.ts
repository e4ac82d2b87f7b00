import { describe, expect, inject, it } from "vitest";
import { loadSeedCorpus } from "../helpers";

/** The JSON API over real HTTP, against the built app started by tests/setup/server.ts. */

const baseUrl = inject("baseUrl");
const get = async (path: string) => {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() };
};

describe("GET /api/essays", () => {
  it("lists every essay with the contract's fields, in corpus order", async () => {
    const { status, type, body } = await get("/api/essays");
    expect(status).toBe(200);
    expect(type).toContain("application/json");
    const { essays } = JSON.parse(body);
    const corpus = loadSeedCorpus().corpus;
    expect(essays.map((e: { id: string }) => e.id)).toEqual(corpus.essays.map((e) => e.id));
    for (const essay of essays) {
      expect(Object.keys(essay).sort()).toEqual(["authors", "collection", "displayTitle", "id", "paragraphs", "source", "title", "titleDerived", "url"]);
      expect(typeof essay.paragraphs).toBe("number");
      expect(essay.url).toBe(`/essays/${essay.id}`);
      for (const author of essay.authors) expect(Object.keys(author).sort()).toEqual(["institution", "name", "role"]);
      expect(Object.keys(essay.source).sort()).toEqual(["file", "label"]);
    }
  });

  it("gives the two run-together authors apart, and unnamed authors with their institution", async () => {
    const { essays } = JSON.parse((await get("/api/essays")).body);
    const byTitle = (t: string) => essays.find((e: { displayTitle: string }) => e.displayTitle === t);
    expect(byTitle("以数字经济助推首都新质生产力发展").authors).toEqual([
      { name: "林晨", institution: "中国人民大学国家发展与战略研究院", role: "执行院长" },
      { name: "吕一飞", institution: "中国人民大学应用经济学院", role: null },
    ]);
    expect(byTitle("在创新中提升社区治理共同体建设水平")).toMatchObject({
      authors: [{ name: null, institution: "西南政法大学政治与公共管理学院", role: "副院长、教授" }],
      collection: { title: "坚持党建引领城市社区科产城融合发展的探索与实践" },
    });
    expect(byTitle("新质生产力赋能基层治理")).toMatchObject({ title: null, titleDerived: true, authors: [] });
  });
});

describe("GET /api/essays/<id>", () => {
  it("gives every listed essay with its paragraphs", async () => {
    const { essays } = JSON.parse((await get("/api/essays")).body);
    for (const summary of essays) {
      const { status, body } = await get(`/api/essays/${summary.id}`);
      expect(status).toBe(200);
      const essay = JSON.parse(body);
      expect(essay.id).toBe(summary.id);
      expect(essay.paragraphs).toHaveLength(summary.paragraphs);
      for (const p of essay.paragraphs) {
        expect(["body", "heading", "summary", "abstract"]).toContain(p.kind);
        expect(p.id).toBe(`${essay.id}-p${p.n}`);
        expect(p.lines).toHaveLength(2);
        expect(p.text.length).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ["an unknown id", "/api/essays/no-such-essay", 'no essay with id "no-such-essay"'],
    ["an id with a path in it", "/api/essays/..%2F..%2Fetc%2Fpasswd", "no essay with id"],
    ["an unknown endpoint", "/api/nothing-here", "no such API endpoint"],
  ])("answers %s with a JSON 404", async (_case, path, message) => {
    const { status, type, body } = await get(path);
    expect(status).toBe(404);
    expect(type).toContain("application/json");
    const parsed = JSON.parse(body);
    expect(parsed.status).toBe(404);
    expect(parsed.error).toContain(message);
    expect(body).not.toMatch(/\/work\/|node_modules|\n\s+at /u);
  });
});

describe("pages", () => {
  it("serves an essay page with its paragraphs anchored, and a 404 page for an unknown id", async () => {
    const essay = loadSeedCorpus().corpus.essays[0]!;
    const page = await get(`/essays/${essay.id}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="zh-CN"');
    expect(page.body).toContain(`id="p${essay.paragraphs.length}"`);
    const missing = await get("/essays/no-such-essay");
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("页面不存在");
  });
});
