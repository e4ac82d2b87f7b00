import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { matchForm } from "@/lib/text/match-form";
import { collectErrors, isInViewport, launchBrowser, seriousAxeViolations } from "./browser";

/** The search page in a real browser: typing, highlights, facets, following a result, history, and no JavaScript. */

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

describe("search page", () => {
  it("updates results as a query is typed, marks the matches, filters by author, and opens a result at its paragraph", async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto("/search");
    const box = page.locator("#q-search");
    await box.pressSequentially("共同缔造", { delay: 40 });
    await page.waitForURL((url) => url.searchParams.get("q") === "共同缔造");
    await page.locator("[data-result]").first().waitFor();
    const marks = await page.locator("[data-result] mark").allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => matchForm(m) === "共同缔造")).toBe(true);
    expect(await page.getByRole("status").first().textContent()).toContain("共 5 段");

    await page.locator('[data-facet="author"]').first().click();
    await page.waitForURL((url) => url.searchParams.has("author"));
    const author = new URL(page.url()).searchParams.get("author");
    expect(author).toBe("mao-quan");
    await expect.poll(() => page.locator("[data-result]").count()).toBeGreaterThan(0);
    expect(await page.locator('ul[aria-label="已选筛选"]').textContent()).toContain("毛铨");

    const link = page.locator("[data-result] a").first();
    const href = (await link.getAttribute("href"))!;
    await link.click();
    const anchor = new URL(href, baseUrl).hash;
    await page.waitForURL(`**${anchor}`);
    await page.waitForLoadState("networkidle");
    expect(await isInViewport(page, anchor)).toBe(true);
    const highlighted = await page.waitForFunction(() => [...(CSS.highlights.get("search-hit") ?? [])].map((r) => (r as Range).toString()));
    expect(await highlighted.jsonValue()).toContain("共同缔造");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the query in the URL so back and forward restore it", async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/search?q=${encodeURIComponent("一网统管")}`);
    const box = page.locator("#q-search");
    await box.fill("碳达峰");
    await page.waitForURL((url) => url.searchParams.get("q") === "碳达峰");
    await page.locator("[data-result]").first().waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get("q") === "一网统管");
    await expect.poll(() => box.inputValue()).toBe("一网统管");
    await expect.poll(() => page.locator("[data-result] mark").first().textContent()).toBe("一网统管");
    await page.goForward();
    await expect.poll(() => box.inputValue()).toBe("碳达峰");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("focuses the search box on / from anywhere", async () => {
    const page = await context.newPage();
    await page.goto("/authors");
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("q");
    await page.close();
  });

  it("works without JavaScript: a GET form and server-rendered results, facets and pages", async () => {
    const quiet = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled: false });
    const page = await quiet.newPage();
    await page.goto("/search");
    await page.locator("#q-search").fill("发展");
    await page.locator("#q-search").press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === "发展");
    expect(await page.locator("[data-result]").count()).toBe(20);
    await page.getByRole("link", { name: "下一页" }).click();
    await page.waitForURL((url) => url.searchParams.get("page") === "2");
    expect(await page.locator("ol[start='21'] [data-result]").count()).toBeGreaterThan(0);
    await page.locator('[data-facet="source"]').first().click();
    await page.waitForURL((url) => url.searchParams.has("source") && !url.searchParams.has("page"));
    expect(await page.locator("[data-result]").count()).toBeGreaterThan(0);
    await quiet.close();
  });

  it("says when nothing matches and offers what to try, and shows ways in for an empty query", async () => {
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`/search?q=${encodeURIComponent("新质生产力基层治理")}`);
    expect(await page.getByRole("status").first().textContent()).toContain("没有段落");
    await page.getByRole("link", { name: "新质生产力 基层 治理" }).click();
    await page.waitForURL((url) => url.searchParams.get("q") === "新质生产力 基层 治理");
    await page.locator("[data-result]").first().waitFor();
    await page.goto("/search");
    expect(await page.getByRole("link", { name: "按作者浏览" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows hostile input as text, never as markup", async () => {
    const page = await context.newPage();
    let dialogs = 0;
    page.on("dialog", async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto(`/search?q=${encodeURIComponent('<script>alert(1)</script> "><img src=x onerror=alert(2)>')}`);
    await page.waitForLoadState("networkidle");
    expect(dialogs).toBe(0);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(await page.locator("#q-search").inputValue()).toContain("<script>alert(1)</script>");
    await page.close();
  });

  it("has no serious or critical accessibility violation", async () => {
    // axe-core is injected as an inline script, which the site's CSP refuses: this context lets the test tool in.
    const audit = await browser.newContext({ baseURL: baseUrl, bypassCSP: true });
    const page = await audit.newPage();
    await page.goto(`/search?q=${encodeURIComponent("治理")}`);
    await page.waitForLoadState("networkidle");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await audit.close();
  });
});
