import { beforeAll, describe, expect, it } from "vitest";
import { readCatalog, readCorpus } from "@/lib/artifacts/read";
import { compareStrings, contextWindow, leftKey, rightKey } from "@/lib/research/concordance";
import { occurrenceStarts } from "@/lib/text/occurrences";
import { Research, type KwicRequest } from "@/lib/research/research";
import { loadSearchEngineFrom } from "@/lib/server/services";
import { matchForm } from "@/lib/text/match-form";
import type { Corpus } from "@/lib/types";

/** The concordance: its pieces on literal input, then over the real generated corpus against independent counts. */

describe("occurrenceStarts", () => {
  it.each([
    ["发展发展的发展", "发展", [0, 2, 5]],
    ["哈哈哈", "哈哈", [0]],
    ["新质生产力", "新质生产力", [0]],
    ["新质生产力", "生产力发展", []],
    ["abc", "", []],
  ])("%s / %s → %j (non-overlapping, left to right)", (form, needle, starts) => {
    expect(occurrenceStarts(form, needle)).toEqual(starts);
  });
});

describe("contextWindow", () => {
  const text = "加快发展新质生产力。推动高质量发展";
  it("cuts the given number of characters each side and says where it cut", () => {
    expect(contextWindow(text, 4, 9, 2)).toEqual({ left: "发展", match: "新质生产力", right: "。推", cutLeft: true, cutRight: true });
  });
  it("stops at the paragraph's ends", () => {
    expect(contextWindow(text, 0, 2, 5)).toEqual({ left: "", match: "加快", right: "发展新质生", cutLeft: false, cutRight: true });
    expect(contextWindow(text, 15, 17, 30)).toEqual({ left: "加快发展新质生产力。推动高质量", match: "发展", right: "", cutLeft: false, cutRight: false });
  });
  it("counts an astral character (𠀀) as one character and never splits it", () => {
    const w = contextWindow("𠀀𠀀甲乙𠀀", 4, 5, 2);
    expect(w.left).toBe("𠀀𠀀");
    expect(w.cutLeft).toBe(false);
    expect(w.right).toBe("乙𠀀");
    expect(contextWindow("𠀀𠀀𠀀甲", 6, 7, 1).left).toBe("𠀀");
  });
});

describe("sort keys", () => {
  it("reads the left context nearest first, and the right context after the hit", () => {
    expect(leftKey("推动高质量发展", 5)).toBe("量质高动推");
    expect(leftKey("推动高质量发展", 5, 2)).toBe("量质");
    expect(rightKey("发展新质生产力", 0, 2)).toBe("新质生产力");
    expect(rightKey("发展新质生产力", 0, 2, 2)).toBe("新质");
  });
  it("orders by code unit, so contexts that share a start stand together", () => {
    // 设 is U+8BBE, 量 U+91CF.
    const keys = ["量质高", "设建", "量质高动推", "量质"].sort(compareStrings);
    expect(keys).toEqual(["设建", "量质", "量质高", "量质高动推"]);
  });
});

describe("the concordance over the real corpus", () => {
  let research: Research;
  let corpus: Corpus;
  const all = (request: Partial<KwicRequest> & { query: string }) => research.concordance({ sort: "position", width: 20, offset: 0, limit: 100_000, ...request });

  beforeAll(() => {
    corpus = readCorpus("generated").corpus;
    const catalog = readCatalog("generated");
    research = new Research(loadSearchEngineFrom("generated", corpus, catalog));
  });

  const paragraphs = () => corpus.essays.flatMap((e) => e.paragraphs);
  /** An independent count: non-overlapping occurrences in the raw text, by String.split. */
  const rawCount = (term: string) => paragraphs().reduce((n, p) => n + p.text.split(term).length - 1, 0);

  it.each(["治理", "新质生产力", "的", "社区", "数字党建", "习近平"])("lists every occurrence of %s: as many lines as a substring count of the texts", (term) => {
    const result = all({ query: term });
    expect(result.total).toBeGreaterThan(0);
    expect(result.total).toBe(rawCount(term));
    expect(result.lines).toHaveLength(result.total);
    expect(result.paragraphs).toBe(paragraphs().filter((p) => p.text.includes(term)).length);
  });

  it("matches across spacing, punctuation and Traditional characters, as search does, and counts them on the folded text", () => {
    const folded = paragraphs().reduce((n, p) => n + occurrenceStarts(matchForm(p.text), "新质生产力").length, 0);
    expect(all({ query: "新質生產力" }).total).toBe(folded);
    expect(all({ query: '"数字 党建"' }).total).toBe(all({ query: "数字党建" }).total);
  });

  it("gives each line the hit as printed, at its offsets, and the context around it", () => {
    for (const line of all({ query: "治理" }).lines) {
      expect(line.paragraph.text.slice(line.start, line.end)).toBe(line.match);
      expect(matchForm(line.match)).toBe("治理");
      expect(line.paragraph.text.slice(0, line.start).endsWith(line.left)).toBe(true);
      expect(line.paragraph.text.slice(line.end).startsWith(line.right)).toBe(true);
      expect([...line.left].length).toBeLessThanOrEqual(20);
      expect([...line.right].length).toBeLessThanOrEqual(20);
    }
  });

  it("includes occurrences in headings, summary boxes and abstracts, each line knowing its kind", () => {
    const kinds = new Set(all({ query: "新质生产力" }).lines.map((l) => l.paragraph.kind));
    expect(kinds).toEqual(new Set(["heading", "summary", "abstract", "body"]));
  });

  it("lists, for several words, each word's occurrences in the paragraphs that have all of them", () => {
    const both = all({ query: "新质生产力 基层治理" });
    const expected = paragraphs()
      .filter((p) => p.text.includes("新质生产力") && p.text.includes("基层治理"))
      .reduce((n, p) => n + p.text.split("新质生产力").length - 1 + p.text.split("基层治理").length - 1, 0);
    expect(both.total).toBe(expected);
    expect(new Set(both.lines.map((l) => l.term))).toEqual(new Set(["新质生产力", "基层治理"]));
  });

  it("leaves out paragraphs with an excluded word and keeps to the filters", () => {
    const without = all({ query: "治理 -社区" });
    expect(without.lines.every((l) => !l.paragraph.text.includes("社区"))).toBe(true);
    expect(without.total).toBe(paragraphs().filter((p) => !p.text.includes("社区")).reduce((n, p) => n + p.text.split("治理").length - 1, 0));
    const one = all({ query: "治理", filters: { author: ["mao-quan"] } });
    expect(one.total).toBeGreaterThan(0);
    expect(one.lines.every((l) => l.essay.authors.some((a) => a.name === "毛铨"))).toBe(true);
  });

  it("sorts by left context: the folded characters before each hit, nearest first, never decrease", () => {
    const lines = all({ query: "治理", sort: "left" }).lines;
    const keys = lines.map((l) => leftKey(matchForm(l.paragraph.text.slice(0, l.start)), matchForm(l.paragraph.text.slice(0, l.start)).length));
    for (let i = 1; i < keys.length; i++) expect(compareStrings(keys[i - 1]!, keys[i]!), `line ${i}`).toBeLessThanOrEqual(0);
  });

  it("sorts by right context: the folded characters after each hit never decrease", () => {
    const lines = all({ query: "治理", sort: "right" }).lines;
    const keys = lines.map((l) => matchForm(l.paragraph.text.slice(l.end)).slice(0, 30));
    for (let i = 1; i < keys.length; i++) expect(compareStrings(keys[i - 1]!, keys[i]!), `line ${i}`).toBeLessThanOrEqual(0);
  });

  it("sorts by essay title and by first author, keeping corpus order within each", () => {
    const collator = new Intl.Collator("zh");
    const byEssay = all({ query: "治理", sort: "essay" }).lines;
    for (let i = 1; i < byEssay.length; i++) {
      const order = collator.compare(byEssay[i - 1]!.essay.displayTitle, byEssay[i]!.essay.displayTitle);
      expect(order).toBeLessThanOrEqual(0);
      if (order === 0 && byEssay[i - 1]!.essay.id === byEssay[i]!.essay.id) expect(byEssay[i - 1]!.paragraph.n * 1e6 + byEssay[i - 1]!.start).toBeLessThan(byEssay[i]!.paragraph.n * 1e6 + byEssay[i]!.start);
    }
    const byAuthor = all({ query: "治理", sort: "author" }).lines.map((l) => l.essay.authors[0]?.name ?? null);
    const named = byAuthor.filter((n) => n !== null);
    // Unnamed and unknown authors come last; the same author's lines are together.
    expect(byAuthor.slice(0, named.length).every((n) => n !== null)).toBe(true);
    const runs = named.filter((n, i) => i === 0 || n !== named[i - 1]);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it("is the same list in corpus order as the search's corpus order", () => {
    const lines = all({ query: "治理" }).lines;
    const order = new Map(paragraphs().map((p, i) => [p.id, i]));
    for (let i = 1; i < lines.length; i++) {
      const a = order.get(lines[i - 1]!.paragraph.id)!;
      const b = order.get(lines[i]!.paragraph.id)!;
      expect(a < b || (a === b && lines[i - 1]!.start < lines[i]!.start)).toBe(true);
    }
  });

  it("pages: pages of 7 joined give the whole list, whatever the sort", () => {
    for (const sort of ["position", "left", "right", "essay", "author"] as const) {
      const whole = all({ query: "社区", sort }).lines.map((l) => `${l.paragraph.id}@${l.start}`);
      const paged: string[] = [];
      for (let offset = 0; offset < whole.length; offset += 7) paged.push(...research.concordance({ query: "社区", sort, width: 20, offset, limit: 7 }).lines.map((l) => `${l.paragraph.id}@${l.start}`));
      expect(paged).toEqual(whole);
    }
  });

  it("gives nothing for an empty or punctuation-only query, and no lines beyond the last page", () => {
    expect(all({ query: "" }).total).toBe(0);
    expect(all({ query: "，。" }).total).toBe(0);
    const beyond = research.concordance({ query: "治理", sort: "position", width: 20, offset: 100_000, limit: 10 });
    expect(beyond.total).toBeGreaterThan(0);
    expect(beyond.lines).toEqual([]);
  });
});
