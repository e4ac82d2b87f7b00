import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadSeedCorpus } from "../helpers";
import { textFragment } from "@/lib/web/urls";
import { collectErrors, isInViewport, launchBrowser, seriousAxeViolations } from "./browser";

/**
 * Reading, browsing and sharing in a real browser (Debian's Chromium),
 * against the built app. Every test also asserts that the pages it visited
 * logged no console error.
 */

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseUrl });
});
afterAll(async () => {
  await browser?.close();
});

const corpus = () => loadSeedCorpus().corpus;
const essayBy = (author: string) => corpus().essays.find((e) => e.authors.some((a) => a.name === author))!;

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  return { page, errors: collectErrors(page) };
}

/**
 * True when the element is the URL's target and shows as marked. After an
 * in-app navigation CSS :target does not apply, so the page marks the
 * element with data-targeted instead; either counts.
 */
async function isMarkedTarget(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .evaluate((el) => `#${el.id}` === decodeURIComponent(location.hash) && el.matches(":target, [data-targeted]") && getComputedStyle(el).backgroundColor !== "rgba(0, 0, 0, 0)");
}

describe("paragraph deep links", () => {
  it("opening /essays/<id>#p<n> scrolls to that paragraph and marks it", async () => {
    const essay = essayBy("董庆玲");
    const { page, errors } = await newPage();
    await page.goto(`/essays/${essay.id}#p12`);
    await page.waitForLoadState("networkidle");
    expect(await isInViewport(page, "#p12")).toBe(true);
    expect(await isMarkedTarget(page, "#p12")).toBe(true);
    expect(await isInViewport(page, "h1")).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("highlights the terms a link carries in ?hl=", async () => {
    const essay = essayBy("陈运平");
    const { page, errors } = await newPage();
    await page.goto(`/essays/${essay.id}?hl=${encodeURIComponent("现代化产业体系")}#p2`);
    await page.waitForLoadState("networkidle");
    const marked = await page.waitForFunction(() => {
      const highlight = CSS.highlights.get("search-hit");
      return highlight && highlight.size > 0 ? [...highlight].map((r) => (r as Range).toString()) : null;
    });
    const texts = (await marked.jsonValue()) as string[];
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts)).toEqual(new Set(["现代化产业体系"]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("copies a paragraph's share link, and the copied link opens that paragraph", async () => {
    const essay = essayBy("胡雪文");
    const paragraph = essay.paragraphs.find((p) => p.n === 4)!;
    const { page, errors } = await newPage();
    await page.goto(`/essays/${essay.id}`);
    await page.locator("#p4 [data-copy-link]").click();
    await expect.poll(() => page.locator("#p4 [data-copy-link]").textContent()).toContain("已复制");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The share link, with a text fragment of the paragraph's opening words (a browser lands on the words even from a stale copy).
    expect(copied).toBe(`${baseUrl}/p/${paragraph.id}#${textFragment(paragraph.text)}`);

    await page.goto(copied);
    await page.waitForURL(new RegExp(`/essays/${essay.id}#p4(:~:text=[^#]*)?$`, "u"));
    await page.waitForLoadState("networkidle");
    expect(await isInViewport(page, "#p4")).toBe(true);
    expect(await isMarkedTarget(page, "#p4")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("gives a citation built only from what the corpus knows", async () => {
    const essay = corpus().essays.find((e) => e.titleDerived)!;
    const { page, errors } = await newPage();
    await page.goto(`/essays/${essay.id}`);
    await page.locator("#p3 summary", { hasText: "引用" }).click();
    const citation = await page.locator("#p3 [data-citation]").textContent();
    expect(citation).toMatch(new RegExp(`^\\[EB/OL\\]\\. ${essay.source.label.replace(/[()（）]/gu, ".")}, 第3段\\. \\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${baseUrl}/p/${essay.id}-p3\\.$`, "u"));
    // The derived display title is not a fact of the text, so nothing stands before the type mark.
    expect(citation!.startsWith("[EB/OL]")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("share pages", () => {
  it("carry the essay title and the paragraph text in their OpenGraph and Twitter tags", async () => {
    const essay = essayBy("林晨");
    const paragraph = essay.paragraphs.find((p) => p.kind === "body" && p.text.length < 280)!;
    const quiet = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled: false });
    const page = await quiet.newPage();
    const response = await page.goto(`/p/${paragraph.id}`);
    expect(response?.status()).toBe(200);
    const meta = (name: string) => page.locator(`meta[property="${name}"], meta[name="${name}"]`).first().getAttribute("content");
    expect(await meta("og:title")).toContain(essay.displayTitle);
    expect(await meta("og:description")).toBe(paragraph.text);
    expect(await meta("twitter:description")).toBe(paragraph.text);
    expect(await meta("twitter:card")).toBe("summary");
    expect(await meta("og:url")).toBe(`http://localhost:3000/p/${paragraph.id}`);
    // Without JavaScript a person sees the paragraph and a link on to it.
    expect(await page.locator("blockquote").textContent()).toBe(paragraph.text);
    expect(await page.locator(`a[href="/essays/${essay.id}#p${paragraph.n}"]`).count()).toBe(1);
    await quiet.close();
  });

  it("answer an unknown paragraph with a 404 page", async () => {
    const { page, errors } = await newPage();
    const response = await page.goto("/p/no-such-paragraph-p1");
    expect(response?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("页面不存在");
    expect(errors.filter((e) => !e.includes("404"))).toEqual([]);
    await page.close();
  });
});

describe("browsing", () => {
  it("goes author → essay → paragraph", async () => {
    const essay = essayBy("石建勳");
    const { page, errors } = await newPage();
    await page.goto("/authors");
    await page.getByRole("link", { name: "石建勳" }).click();
    await page.waitForURL("**/authors/shi-jian-xun");
    expect(await page.locator("h1").textContent()).toContain("石建勳");
    await page.getByRole("link", { name: essay.displayTitle }).click();
    await page.waitForURL(`**/essays/${essay.id}`);
    await page.getByRole("link", { name: "第 5 段", exact: true }).click();
    await page.waitForURL(`**/essays/${essay.id}#p5`);
    expect(await isInViewport(page, "#p5")).toBe(true);
    expect(await isMarkedTarget(page, "#p5")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reaches an author printed in Traditional characters by the Simplified name", async () => {
    const { page, errors } = await newPage();
    const response = await page.goto(`/authors/${encodeURIComponent("石建勋")}`);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(`${baseUrl}/authors/shi-jian-xun`);
    await page.goto(`/authors/${encodeURIComponent("石建勳")}`);
    expect(page.url()).toBe(`${baseUrl}/authors/shi-jian-xun`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists unnamed pieces under their institution", async () => {
    const { page, errors } = await newPage();
    await page.goto("/authors");
    const unnamed = page.locator("#unnamed");
    expect(await unnamed.textContent()).toContain("西南大学国家治理学院");
    await unnamed.getByRole("link", { name: "西南大学国家治理学院" }).click();
    await page.waitForURL("**/authors/unnamed-*");
    expect(await page.getByRole("link", { name: "切实把党的领导贯穿基层治理全过程各方面" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("goes theme → paragraph, with the theme's terms highlighted", async () => {
    const { page, errors } = await newPage();
    await page.goto("/themes");
    await page.getByRole("link", { name: "共同缔造" }).first().click();
    await page.waitForURL("**/themes/gong-tong-di-zao");
    const first = page.locator("[data-theme-paragraph]").first();
    const href = (await first.getAttribute("href"))!;
    await first.click();
    const anchor = new URL(href, baseUrl).hash;
    await page.waitForURL(`**${anchor}`);
    await page.waitForLoadState("networkidle");
    expect(await isInViewport(page, anchor)).toBe(true);
    expect(await isMarkedTarget(page, anchor)).toBe(true);
    const highlighted = await page.waitForFunction(() => CSS.highlights.get("search-hit")?.size ?? 0);
    expect(await highlighted.jsonValue()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("goes from a paragraph to its lines in the source, marked", async () => {
    const essay = essayBy("陈运平");
    const paragraph = essay.paragraphs.find((p) => p.lines[0] !== p.lines[1])!;
    const [firstLine, lastLine] = paragraph.lines;
    const { page, errors } = await newPage();
    await page.goto(`/essays/${essay.id}`);
    await page.locator(`#p${paragraph.n}`).getByRole("link", { name: `原文第 ${firstLine}–${lastLine} 行` }).click();
    await page.waitForURL(`**/sources/${essay.source.file}#L${firstLine}-L${lastLine}`);
    await page.waitForLoadState("networkidle");
    expect(await isInViewport(page, `#L${firstLine}`)).toBe(true);
    const marked = await page.locator("[data-line][data-marked]").evaluateAll((els) => els.map((el) => Number(el.getAttribute("data-line"))));
    expect(marked).toEqual(Array.from({ length: lastLine - firstLine + 1 }, (_, i) => firstLine + i));
    expect(await page.locator(`#L${firstLine} [data-line-text]`).textContent()).toBe(readSourceLine(essay.source.file, firstLine));
    expect(errors).toEqual([]);
    await page.close();
  });
});

function readSourceLine(file: string, n: number): string {
  return loadSeedCorpus().texts[file]!.split("\n")[n - 1]!;
}

describe("every page", () => {
  const pages = () => {
    const c = corpus();
    return [
      "/",
      "/essays",
      `/essays/${c.essays.find((e) => e.pieces.length === 0 && e.collection)!.id}`,
      `/essays/${c.essays.find((e) => e.titleDerived)!.id}`,
      "/authors",
      "/authors/shi-jian-xun",
      "/themes",
      "/themes/xin-zhi-sheng-chan-li",
      "/sources",
      `/sources/${c.sources[2]!.file}`,
      `/p/${c.essays[0]!.paragraphs[0]!.id}`,
      "/search?q=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B",
      "/kwic?q=%E6%B2%BB%E7%90%86",
      "/distribution?q=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B%20%E5%9F%BA%E5%B1%82%E6%B2%BB%E7%90%86&by=author",
    ];
  };

  it("fits a 360 px wide screen with no horizontal scroll", async () => {
    mkdirSync("test-results", { recursive: true });
    const narrow = await browser.newContext({ baseURL: baseUrl, viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    const overflowing: string[] = [];
    const errors: string[] = [];
    for (const path of pages()) {
      const page = await narrow.newPage();
      errors.push(...collectErrors(page));
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) overflowing.push(`${path}: ${width}px`);
      if (path.startsWith("/essays/")) await page.screenshot({ path: "test-results/essay-360.png", fullPage: false });
      await page.close();
    }
    await narrow.close();
    expect(overflowing).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("works with JavaScript off: content is server-rendered and a deep link is marked", async () => {
    const quiet = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled: false });
    const page = await quiet.newPage();
    const essay = essayBy("毛铨");
    await page.goto(`/essays/${essay.id}#p6`);
    expect(await page.locator("[data-paragraph]").count()).toBe(essay.paragraphs.filter((p) => p.kind !== "heading").length);
    expect(await isMarkedTarget(page, "#p6")).toBe(true);
    await page.goto("/authors");
    expect(await page.locator("a[href^='/authors/']").count()).toBeGreaterThan(10);
    await quiet.close();
  });

  it.each(["/", "essay", "/authors", "/themes/ji-ceng-zhi-li"])("has no serious or critical accessibility violation: %s", async (which) => {
    const path = which === "essay" ? `/essays/${essayBy("林晨").id}` : which;
    // axe-core is injected as an inline script, which the site's CSP (rightly) refuses: this context lets the test tool in.
    const audit = await browser.newContext({ baseURL: baseUrl, bypassCSP: true });
    const page = await audit.newPage();
    const errors = collectErrors(page);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    expect(errors).toEqual([]);
    await audit.close();
  });

  it("answers unknown ids with a helpful 404 page", async () => {
    for (const path of ["/essays/no-such-essay", "/authors/no-such-author", "/themes/no-such-theme", "/sources/no-such-file.txt"]) {
      const { page } = await newPage();
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("页面不存在");
      expect(await page.locator("a[href='/essays']").count()).toBeGreaterThan(0);
      await page.close();
    }
  });
});
