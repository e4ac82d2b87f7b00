import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
