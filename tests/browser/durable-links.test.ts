import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readLedger, serializeLedger } from "@/lib/anchors/ledger";
import { buildGenerated } from "@/lib/artifacts/build";
import { buildRevisionScenario, startServerOn, type RevisionScenario } from "../setup/revision-scenario";
import { collectErrors, launchBrowser } from "./browser";

/**
 * Share links published before a revision, opened in Chromium against the
 * server built after it (tests/setup/revision-scenario.ts): a link to a
 * paragraph that was joined into another lands on the paragraph holding its
 * text; a link to a removed paragraph shows the notice and offers the nearest
 * paragraph that survived.
 */

let scenario: RevisionScenario;
let server: { base: string; stop: () => void };
let browser: Browser;

beforeAll(async () => {
  scenario = buildRevisionScenario();
  server = await startServerOn(scenario.v2);
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  server?.stop();
  scenario?.cleanup();
});

describe("a share link from before a revision", () => {
  it("of a paragraph joined into another lands on the paragraph that holds its text now", async () => {
    const target = (await (await fetch(`${server.base}/api/paragraphs/${scenario.joined}`)).json()) as { id: string; essay: { id: string } };
    const anchor = target.id.slice(target.essay.id.length + 1);
    const context = await browser.newContext({ baseURL: server.base });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/p/${scenario.joined}`);
    await page.waitForURL(new RegExp(`/essays/${target.essay.id}#${anchor}(:~:text=[^#]*)?$`, "u"));
    await page.waitForLoadState("networkidle");
    expect(await page.locator(`#${anchor}`).evaluate((el) => el.matches(":target, [data-targeted]"))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("of a removed paragraph shows the notice, and its link opens the nearest surviving paragraph", async () => {
    const gone = [...scenario.published.keys()].find((id) => id.includes("2428ea") && id.endsWith("-p3"))!;
    const answer = (await (await fetch(`${server.base}/api/paragraphs/${gone}`)).json()) as { nearest: { url: string } };
    const context = await browser.newContext({ baseURL: server.base });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/p/${gone}`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("此段已在修订中删除");
    expect(page.url()).toBe(`${server.base}/p/${gone}`);
    await page.locator("[data-nearest]").click();
    await page.waitForURL(`**${answer.nearest.url}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("an essay page asked for an anchor it does not carry", () => {
  // The real seeds, with a ledger that records three retired ids of 胡雪文's essay (as a revision would have):
  // its p90 moved into the paragraph 提升平台意识…, its p91 removed, and a retired essay whose p2 is now that paragraph.
  let app: { base: string; stop: () => void };
  let essay = "";
  let targetAnchor = "";
  let work = "";
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "stale-anchor-"));
    const seeds = join(work, "seeds");
    cpSync("seeds", seeds, { recursive: true });
    const ledger = readLedger(join(seeds, "anchors.json"));
    const target = ledger.paragraphs.find((p) => p.quote.startsWith("提升平台意识"))!;
    essay = target.essay;
    targetAnchor = target.id.slice(essay.length + 1);
    const oldEssay = "jiu-ban-shu-zi-dang-jian-000000";
    ledger.essays.push({ id: oldEssay, status: "moved", to: essay, title: "旧版数字党建", file: "old.txt" });
    ledger.paragraphs.push(
      { id: `${essay}-p90`, status: "moved", essay, form: target.form, quote: target.quote, to: target.id },
      { id: `${essay}-p91`, status: "gone", essay, form: "一段已经删除的文字", quote: "一段已经删除的文字", nearest: target.id },
      { id: `${oldEssay}-p2`, status: "moved", essay: oldEssay, form: target.form, quote: target.quote, to: target.id },
    );
    writeFileSync(join(seeds, "anchors.json"), serializeLedger(ledger));
    buildGenerated(seeds, join(work, "generated"));
    app = await startServerOn(join(work, "generated"));
  }, 180_000);
  afterAll(() => {
    app?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it("follows a passage that moved, and shows the notice for a removed one", async () => {
    const context = await browser.newContext({ baseURL: app.base });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/essays/${essay}#p90`);
    await page.waitForURL(`**/essays/${essay}#${targetAnchor}`);
    await page.goto(`/essays/${essay}#p91`);
    await expect.poll(() => page.locator("[data-stale-anchor]").textContent()).toContain("此段已在修订中删除");
    expect(await page.locator("[data-stale-anchor] [data-nearest]").getAttribute("href")).toBe(`/essays/${essay}#${targetAnchor}`);
    // The page asked the API, which answered 410 Gone: Chromium logs that answer; it is the expected one.
    expect(errors.filter((e) => !e.includes("410 (Gone)"))).toEqual([]);
    await context.close();
  });

  it("reads #p2 after a redirect from a retired essay as that essay's paragraph 2, not this page's #p2", async () => {
    const context = await browser.newContext({ baseURL: app.base });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/essays/jiu-ban-shu-zi-dang-jian-000000#p2`);
    await page.waitForURL(`**/essays/${essay}#${targetAnchor}`);
    expect(new URL(page.url()).searchParams.has("from")).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });
});
