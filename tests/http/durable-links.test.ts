import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildGenerated } from "@/lib/artifacts/build";
import { readCorpus } from "@/lib/artifacts/read";
import { samePassage } from "@/lib/anchors/similarity";
import { matchForm } from "@/lib/text/match-form";
import { buildRevisionScenario, startServerOn, type RevisionScenario } from "../setup/revision-scenario";

/**
 * The durable-links scenario over HTTP: every paragraph link published for
 * the seeds, asked of a server built after ordinary edits and two new files
 * (tests/setup/revision-scenario.ts). None may open another paragraph; every
 * passage that survives is reachable from its old id; a removed one says so.
 */

let scenario: RevisionScenario;
let server: { base: string; stop: () => void };

beforeAll(async () => {
  scenario = buildRevisionScenario();
  server = await startServerOn(scenario.v2);
}, 180_000);
afterAll(() => {
  server?.stop();
  scenario?.cleanup();
});

type Answer = { status: number; body: Record<string, unknown> };
const ask = async (path: string, init: RequestInit = {}): Promise<Answer> => {
  const response = await fetch(`${server.base}${path}`, { redirect: "manual", ...init });
  const type = response.headers.get("content-type") ?? "";
  return { status: response.status, body: type.includes("json") ? ((await response.json()) as Record<string, unknown>) : { text: await response.text(), location: response.headers.get("location") } };
};

describe("every published paragraph link after a revision", () => {
  it("opens its own passage or says it was removed: 0 wrong landings, every surviving passage reachable", async () => {
    const v2Forms = new Set<string>();
    const live = (await ask("/api/essays")).body as unknown as { essays: { id: string }[] };
    for (const { id } of live.essays) for (const p of ((await ask(`/api/essays/${id}`)).body as unknown as { paragraphs: { text: string }[] }).paragraphs) v2Forms.add(matchForm(p.text));

    const outcome = { total: 0, same: 0, followed: 0, gone: 0, wrong: [] as string[], unreachable: [] as string[] };
    for (const [id, was] of scenario.published) {
      outcome.total++;
      const { status, body } = await ask(`/api/paragraphs/${id}`);
      if (status === 200) {
        expect(body.requested).toBe(id);
        expect(body.moved).toBe(body.id !== id);
        if (!samePassage(was.form, matchForm(body.text as string))) outcome.wrong.push(`${id} → ${String(body.id)}`);
        else if (body.moved) outcome.followed++;
        else outcome.same++;
      } else if (status === 410) {
        outcome.gone++;
        // Gone means gone: the passage is not in the new corpus under any id.
        if (v2Forms.has(was.form)) outcome.unreachable.push(id);
        expect(body).toMatchObject({ status: 410, essay: { id: was.essay } });
        expect(typeof (body.nearest as { url: string }).url).toBe("string");
      } else outcome.wrong.push(`${id}: status ${status}`);
    }
    expect(outcome.total).toBe(132);
    expect(outcome.wrong).toEqual([]);
    expect(outcome.unreachable).toEqual([]);
    // The scenario: one paragraph joined into another (followed), the cut paragraph gone, the rest where they were.
    expect(outcome).toMatchObject({ followed: 1, gone: 1, same: 130 });
  });

  it("lists the joined paragraph's former id, and redirects its share page to the paragraph holding it", async () => {
    const target = (await ask(`/api/paragraphs/${scenario.joined}`)).body;
    expect(target.moved).toBe(true);
    const essay = (await ask(`/api/essays/${(target.essay as { id: string }).id}`)).body as unknown as { paragraphs: { id: string; formerIds?: string[] }[] };
    expect(essay.paragraphs.find((p) => p.id === target.id)?.formerIds).toEqual([scenario.joined]);
    const share = await ask(`/p/${scenario.joined}`);
    expect(share.status).toBe(308);
    expect(share.body.location).toBe(`/p/${String(target.id)}`);
    const related = await ask(`/related/${scenario.joined}?x=1`);
    expect(related.status).toBe(308);
    expect(related.body.location).toBe(`/related/${String(target.id)}?x=1`);
  });

  it("shows a removed passage's share page as a notice with the essay and the nearest paragraph (noindex; the API says 410)", async () => {
    const gone = [...scenario.published.keys()].find((id) => id.endsWith("-p3") && id.includes("2428ea"))!;
    const page = await ask(`/p/${gone}`);
    expect(page.status).toBe(200);
    expect(page.body.text).toMatch(/<meta name="robots" content="noindex/u);
    expect(page.body.text).toContain("此段已在修订中删除");
    expect(page.body.text).toContain("阅读相邻的第");
    expect(page.body.text).toContain(`data-removed="${gone}"`);
  });

  it.each([
    ["an id never published", "/api/paragraphs/ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f-p999", 404],
    ["an essay prefix never published", "/api/paragraphs/no-such-essay-p1", 404],
    ["a malformed id", "/api/paragraphs/%E6%B2%BB%E7%90%86", 400],
    ["upper case", "/api/paragraphs/ABC-P1", 400],
    ["a share page never published", "/p/no-such-essay-p1", 404],
    ["an id that is a built-in object key", "/p/constructor-p1", 404],
    ["an API id that is a built-in object key", "/api/paragraphs/constructor", 404],
    ["the removed notice asked for directly", "/removed/anything", 404],
  ])("answers %s with %i", async (_case, path, status) => {
    const answer = await ask(path);
    expect(answer.status).toBe(status);
    if (path.startsWith("/api/")) expect(answer.body).toMatchObject({ status, error: expect.any(String) });
  });
});

describe("essay links after a further revision", () => {
  // v3: the journal note's file deleted (its essay gone), the theory page's file renamed and its title corrected (its id kept).
  let v3: { base: string; stop: () => void };
  let noteId = "";
  let pageId = "";
  beforeAll(async () => {
    const v2 = readCorpus(scenario.v2).corpus;
    noteId = v2.essays.find((e) => e.source.file === "006_new_journal_note.txt")!.id;
    pageId = v2.essays.find((e) => e.source.file === "005_new_theory_page.txt")!.id;
    rmSync(join(scenario.seeds, "006_new_journal_note.txt"));
    const renamed = join(scenario.seeds, "007_renamed_theory_page.txt");
    renameSync(join(scenario.seeds, "005_new_theory_page.txt"), renamed);
    writeFileSync(renamed, readFileSync(renamed, "utf8").replace("# 以标准化建设提升社区服务效能", "# 以标准化建设全面提升社区服务效能"));
    buildGenerated(scenario.seeds, join(scenario.work, "v3"));
    v3 = await startServerOn(join(scenario.work, "v3"));
  }, 180_000);
  afterAll(() => v3?.stop());

  const get = (path: string) => fetch(`${v3.base}${path}`, { redirect: "manual" });

  it("keeps an essay's id through a file rename and a title correction", async () => {
    const essay = (await (await get(`/api/essays/${pageId}`)).json()) as { id: string; displayTitle: string; source: { file: string } };
    expect(essay).toMatchObject({ id: pageId, displayTitle: "以标准化建设全面提升社区服务效能", source: { file: "007_renamed_theory_page.txt" } });
  });

  it("says a removed essay is gone: 410 in the API, the notice on its page, and its paragraphs' share pages", async () => {
    const api = await get(`/api/essays/${noteId}`);
    expect(api.status).toBe(410);
    expect(await api.json()).toMatchObject({ status: 410, error: expect.stringContaining("removed") });
    const page = await get(`/essays/${noteId}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("此文已在修订中删除");
    const paragraph = await get(`/api/paragraphs/${noteId}-p1`);
    expect(paragraph.status).toBe(410);
    expect(await paragraph.json()).toMatchObject({ status: 410, essay: null, nearest: null });
  });
});
