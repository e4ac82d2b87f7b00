import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { collectErrors, launchBrowser } from "./browser";

/**
 * The Content-Security-Policy in a real browser: every main page loads and
 * works under it with no violation and no console error, and a script
 * injected into a page is refused.
 */

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL: baseUrl });
  // Runs before any page script (through the DevTools protocol, not as an inline script), recording violations.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  "/",
  "/essays",
  "/essays/ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f?hl=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B#p3",
  "/authors",
  "/authors/shi-jian-xun",
  "/themes",
  "/themes/ji-ceng-zhi-li",
  "/sources",
  "/sources/002_d815cf1dd1702dc9.txt#L9-L13",
  "/search?q=%E5%85%B1%E5%90%8C%E7%BC%94%E9%80%A0",
  "/p/ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f-p2",
  "/kwic?q=%E6%B2%BB%E7%90%86&sort=left",
  "/distribution?q=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B%20%E5%9F%BA%E5%B1%82%E6%B2%BB%E7%90%86&by=author",
  "/related/ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f-p1",
];

describe("under the Content-Security-Policy", () => {
  it("every main page loads with no violation and no console error, and its scripts run", async () => {
    for (const path of PAGES) {
      const page = await context.newPage();
      const errors = collectErrors(page);
      const response = await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(response?.headers()["content-security-policy"], path).toContain("script-src 'self'");
      expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual([]);
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it("hydrates: client code runs on a prerendered page and on a page rendered per request", async () => {
    const page = await context.newPage();
    await page.goto("/essays/ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f?hl=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B#p3");
    const highlighted = await page.waitForFunction(() => CSS.highlights.get("search-hit")?.size ?? 0);
    expect(await highlighted.jsonValue()).toBeGreaterThan(0);
    await page.goto("/search");
    await page.locator("#q-search").fill("碳达峰");
    await page.waitForURL((url) => url.searchParams.get("q") === "碳达峰");
    await page.locator("[data-result]").first().waitFor();
    await page.close();
  });

  it("refuses a script injected into the page", async () => {
    for (const path of ["/essays/ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f", "/search?q=x"]) {
      const page = await context.newPage();
      await page.goto(path);
      const ran = await page.evaluate(async () => {
        const script = document.createElement("script");
        script.textContent = "window.injected = true";
        document.body.append(script);
        await new Promise((r) => setTimeout(r, 100));
        return (window as unknown as { injected?: boolean }).injected === true;
      });
      expect(ran, path).toBe(false);
      expect((await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).join(" "), path).toContain("script-src");
      await page.close();
    }
  });
});
