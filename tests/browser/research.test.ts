import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readRelated } from "@/lib/artifacts/read";
import { parseCsv } from "@/lib/web/csv";
import { matchForm } from "@/lib/text/match-form";
import { collectErrors, launchBrowser, seriousAxeViolations } from "./browser";

/**
 * The research tools in a real browser (Debian's Chromium) against the built
 * app: the concordance, its sorting and links, the distribution chart, the
 * CSV download and related paragraphs. Every test also asserts that the
 * pages it visited logged no console error.
 */

const baseUrl = inject("baseUrl");
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 }, acceptDownloads: true });
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  return { page, errors: collectErrors(page) };
}

const enc = encodeURIComponent;
async function api(path: string) {
  return (await fetch(`${baseUrl}${path}`)).json();
}

describe("the concordance", () => {
  it("opens from the search page's tab and lines every hit up in one column", async () => {
    const { page, errors } = await newPage();
    await page.goto(`/search?q=${enc("治理")}`);
    await page.locator("nav[aria-label='视图'] a[data-view='kwic']").click();
    await page.waitForURL("**/kwic?q=*");
    const total = (await api(`/api/kwic?q=${enc("治理")}&limit=1`)).total as number;
    expect(await page.getByRole("status").textContent()).toContain(`共 ${total} 处`);
    const rows = page.locator("[data-kwic] tbody tr");
    expect(await rows.count()).toBe(Math.min(100, total));
    const edges = await rows.evaluateAll((trs) =>
      trs.map((tr) => {
        const cells = tr.querySelectorAll("td");
        const left = cells[1]!.querySelector("div")!;
        const range = document.createRange();
        range.selectNodeContents(cells[2]!);
        return { hit: range.getBoundingClientRect().left, leftEnd: left.getBoundingClientRect().right, text: cells[2]!.textContent };
      }),
    );
    // Every hit starts at the same x, and every left context ends against its column's edge.
    const hits = edges.map((e) => Math.round(e.hit));
    expect(Math.max(...hits) - Math.min(...hits)).toBeLessThanOrEqual(1);
    const leftEnds = edges.map((e) => Math.round(e.leftEnd));
    expect(Math.max(...leftEnds) - Math.min(...leftEnds)).toBeLessThanOrEqual(1);
    expect(edges.every((e) => e.text === "治理")).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sorts by right context when asked, and keeps the sort in the URL", async () => {
    const { page, errors } = await newPage();
    await page.goto(`/kwic?q=${enc("社区")}`);
    await page.locator("a[data-sort='right']").click();
    await page.waitForURL("**sort=right*");
    await page.waitForSelector("strong[aria-current='true']:text('右语境')");
    const rights = await page.locator("[data-kwic] tbody tr td:nth-child(4)").allTextContents();
    expect(rights.length).toBeGreaterThan(10);
    const keys = rights.map((r) => matchForm(r.replace(/…$/u, "")));
    for (let i = 1; i < keys.length; i++) {
      // The page shows 20 characters; the order is by 30, so compare what is shown.
      const [a, b] = [keys[i - 1]!, keys[i]!];
      const n = Math.min(a.length, b.length);
      expect(a.slice(0, n) <= b.slice(0, n), `line ${i}: ${a} / ${b}`).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows a line to its paragraph, which is scrolled to, marked and highlighted", async () => {
    const { page, errors } = await newPage();
    await page.goto(`/kwic?q=${enc("数字党建")}&sort=essay`);
    const link = page.locator("[data-kwic] tbody tr").nth(2).locator("td:nth-child(5) a");
    const href = (await link.getAttribute("href"))!;
    await link.click();
    const anchor = new URL(href, baseUrl).hash;
    await page.waitForURL(`**${anchor}`);
    await page.waitForLoadState("networkidle");
    const marked = await page.locator(anchor).evaluate((el) => el.matches(":target, [data-targeted]") && el.getBoundingClientRect().top < window.innerHeight);
    expect(marked).toBe(true);
    const highlighted = await page.waitForFunction(() => CSS.highlights.get("search-hit")?.size ?? 0);
    expect(await highlighted.jsonValue()).toBeGreaterThan(0);
    expect(await page.locator(anchor).textContent()).toContain("数字党建");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("downloads the whole concordance as a CSV that opens with the right rows", async () => {
    const { page, errors } = await newPage();
    await page.goto(`/kwic?q=${enc("治理")}&sort=left&width=10`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("[data-export='kwic'] a", { hasText: "CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kwic-治理-\d{4}-\d\d-\d\d\.csv$/u);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString("utf8"));
    const whole = await api(`/api/kwic?q=${enc("治理")}&sort=left&width=10&limit=500`);
    expect(rows[0]).toEqual(["检索词", "治理"]);
    const lines = rows.slice(8);
    expect(lines).toHaveLength(whole.total);
    // The file has the page's order and text: line for line what the API gives.
    expect(lines.map((l) => [l[1], l[2], l[3]])).toEqual(whole.lines.map((l: { left: string; match: string; right: string }) => [l.left, l.match, l.right]));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the distribution", () => {
  it("draws a bar for each term in each group, with the table's numbers, and compares two terms", async () => {
    const { page, errors } = await newPage();
    const query = "新质生产力 基层治理";
    await page.goto(`/distribution?q=${enc(query)}`);
    await page.locator("a[data-by='author']").click();
    await page.waitForURL("**by=author*");
    await page.waitForSelector("strong[aria-current='true']:text('作者')");
    const data = await api(`/api/distribution?q=${enc(query)}&by=author`);
    const chart = page.locator("[data-chart] svg[role='img']");
    expect(await chart.getAttribute("aria-labelledby")).toBeTruthy();
    expect(await chart.locator("rect").count()).toBe(data.groups.length * 2);
    // Each bar says its count and rate; bars are as long as their rate.
    const bars = await chart.locator("g[data-bar]").evaluateAll((gs) => gs.map((g) => ({ key: g.getAttribute("data-bar"), width: Number(g.querySelector("rect")!.getAttribute("width")), label: g.querySelector("text")!.textContent })));
    for (const group of data.groups) {
      for (const t of [0, 1]) {
        const bar = bars.find((b) => b.key === `${group.value}|${t}`)!;
        expect(bar.label).toBe(`${group.counts[t]} 次 · ${group.per10k[t]}/万字`);
      }
    }
    const top = Math.max(...data.groups.flatMap((g: { per10k: number[] }) => g.per10k));
    expect(Math.max(...bars.map((b) => b.width))).toBeCloseTo(440, 0);
    expect(bars.find((b) => b.key === `${data.groups[0].value}|0`)!.width).toBeCloseTo((data.groups[0].per10k[0] / top) * 440, 1);
    // The table beside it has the same numbers.
    const table = await page.locator("[data-distribution-table] tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector("th")!.textContent, ...[...tr.querySelectorAll("td")].map((td) => td.textContent)]),
    );
    expect(table).toEqual(data.groups.map((g: { label: string; characters: number; counts: number[]; per10k: number[] }) => [g.label, String(g.characters), String(g.counts[0]), String(g.per10k[0]), String(g.counts[1]), String(g.per10k[1])]));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has no serious or critical accessibility violation (chart and table), nor the concordance", async () => {
    // axe-core is injected as an inline script, which the site's CSP refuses: this context lets the test tool in.
    const audit = await browser.newContext({ baseURL: baseUrl, bypassCSP: true });
    const page = await audit.newPage();
    for (const path of [`/distribution?q=${enc("新质生产力 基层治理")}&by=source`, `/kwic?q=${enc("治理")}`]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      expect(await seriousAxeViolations(page), path).toEqual([]);
    }
    await audit.close();
  });
});

describe("related paragraphs", () => {
  it("load under a paragraph when opened, and lead to a paragraph of another essay", async () => {
    const { page, errors } = await newPage();
    const related = readRelated("generated");
    const id = related.ids.find((p) => related.count(p) > 0)!;
    const essayId = id.replace(/-p\d+$/u, "");
    await page.goto(`/essays/${essayId}`);
    const details = page.locator(`details[data-related='${id}']`);
    expect(await details.locator("summary").textContent()).toBe(`相关段落（${related.count(id)}）`);
    await details.locator("summary").click();
    const items = details.locator("[data-related-items] li");
    await items.first().waitFor();
    expect(await items.count()).toBe(related.count(id));
    const href = (await items.first().locator("a").getAttribute("href"))!;
    expect(href.startsWith(`/essays/${essayId}`)).toBe(false);
    await items.first().locator("a").click();
    await page.waitForURL(`**${new URL(href, baseUrl).hash}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("without JavaScript, offer the related page, which lists them", async () => {
    const quiet = await browser.newContext({ baseURL: baseUrl, javaScriptEnabled: false });
    const page = await quiet.newPage();
    const related = readRelated("generated");
    const id = related.ids.find((p) => related.count(p) > 0)!;
    await page.goto(`/search?q=${enc("新质生产力")}`);
    const details = page.locator("details[data-related]").first();
    await details.locator("summary").click();
    await details.locator("a", { hasText: "打开相关段落页" }).click();
    await page.waitForURL("**/related/**");
    expect(await page.locator("[data-related-items] li").count()).toBeGreaterThan(0);
    await page.goto(`/related/${id}`);
    expect(await page.locator("[data-related-items] li").count()).toBe(related.count(id));
    await quiet.close();
  });
});
