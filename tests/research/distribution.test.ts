import { beforeAll, describe, expect, it } from "vitest";
import type { Catalog } from "@/lib/types";
import { readCatalog, readCorpus } from "@/lib/artifacts/read";
import { orderGroups, per10k, type DistributionGroup } from "@/lib/research/distribution";
import { Research } from "@/lib/research/research";
import { matchForm } from "@/lib/text/match-form";
import { loadSearchEngineFrom } from "@/lib/server/services";
import type { Corpus } from "@/lib/types";

/** Term distribution: the rate, the order, and counts over the real corpus checked against independent sums. */

describe("per10k", () => {
  it.each([
    [3, 1500, 20],
    [1, 30000, 0.33],
    [0, 100, 0],
    [5, 0, 0],
    [2, 3, 6666.67],
  ])("%i occurrences in %i characters → %d per 10,000", (count, characters, rate) => {
    expect(per10k(count, characters)).toBe(rate);
  });
});

describe("orderGroups", () => {
  const g = (label: string, counts: number[], per: number[]): DistributionGroup => ({ value: label, label, characters: 1, counts, per10k: per });
  it("puts most occurrences first, then the higher rate, then by name", () => {
    const ordered = orderGroups([g("乙", [1, 1], [1, 1]), g("甲", [1, 1], [1, 1]), g("丙", [3, 0], [5, 0]), g("丁", [1, 1], [9, 0])]);
    expect(ordered.map((x) => x.label)).toEqual(["丙", "丁", "甲", "乙"]);
  });
});

describe("the distribution over the real corpus", () => {
  let research: Research;
  let corpus: Corpus;
  let catalog: Catalog;
  beforeAll(() => {
    corpus = readCorpus("generated").corpus;
    catalog = readCatalog("generated");
    research = new Research(loadSearchEngineFrom("generated", corpus, catalog));
  });
  const count = (text: string, term: string) => text.split(term).length - 1;
  const essayCount = (essayId: string, term: string) => corpus.essays.find((e) => e.id === essayId)!.paragraphs.reduce((n, p) => n + count(p.text, term), 0);
  const essayCharacters = (essayId: string) => corpus.essays.find((e) => e.id === essayId)!.paragraphs.reduce((n, p) => n + matchForm(p.text).length, 0);

  it("counts each word in each essay as a substring count does, with the essay's characters as the denominator", () => {
    const result = research.distribution({ query: "新质生产力 基层治理", by: "essay" });
    expect(result.terms.map((t) => t.text)).toEqual(["新质生产力", "基层治理"]);
    expect(result.groups).toHaveLength(corpus.essays.length);
    for (const group of result.groups) {
      expect(group.counts).toEqual([essayCount(group.value, "新质生产力"), essayCount(group.value, "基层治理")]);
      expect(group.characters).toBe(essayCharacters(group.value));
      expect(group.per10k).toEqual(group.counts.map((c) => per10k(c, group.characters)));
    }
  });

  it("counts the words separately: each total is the word's count in the whole corpus, not where both occur", () => {
    const result = research.distribution({ query: "新质生产力 基层治理", by: "source" });
    const all = corpus.essays.flatMap((e) => e.paragraphs);
    expect(result.totals).toEqual([all.reduce((n, p) => n + count(p.text, "新质生产力"), 0), all.reduce((n, p) => n + count(p.text, "基层治理"), 0)]);
    // Every paragraph is in exactly one source: the groups add up to the totals and to all the characters.
    expect(result.groups.reduce((n, g) => n + g.counts[0]!, 0)).toBe(result.totals[0]);
    expect(result.groups.reduce((n, g) => n + g.characters, 0)).toBe(result.characters);
    expect(result.characters).toBe(all.reduce((n, p) => n + matchForm(p.text).length, 0));
  });

  it("credits an essay's occurrences to each of its authors, and essays without one to 作者不详", () => {
    const result = research.distribution({ query: "治理", by: "author" });
    for (const author of catalog.authors) {
      const group = result.groups.find((g) => g.value === author.slug)!;
      expect(group.counts[0], author.slug).toBe(author.essays.reduce((n, e) => n + essayCount(e.id, "治理"), 0));
    }
    const unknown = result.groups.find((g) => g.value === "")!;
    expect(unknown.label).toBe("作者不详");
    const without = corpus.essays.filter((e) => (catalog.authorSlugs[e.id] ?? []).length === 0);
    expect(without.length).toBeGreaterThan(0);
    expect(unknown.counts[0]).toBe(without.reduce((n, e) => n + essayCount(e.id, "治理"), 0));
  });

  it("counts a theme's occurrences in the theme's paragraphs", () => {
    const result = research.distribution({ query: "社区", by: "theme" });
    const paragraphs = new Map(corpus.essays.flatMap((e) => e.paragraphs.map((p) => [p.id, p])));
    for (const theme of catalog.themes) {
      const group = result.groups.find((g) => g.value === theme.slug);
      const expected = theme.paragraphs.reduce((n, p) => n + count(paragraphs.get(p.id)!.text, "社区"), 0);
      if (theme.paragraphs.length === 0) expect(group).toBeUndefined();
      else expect(group!.counts[0], theme.slug).toBe(expected);
    }
  });

  it("keeps to the filters and exclusions: only their paragraphs are counted, characters included", () => {
    const result = research.distribution({ query: "治理 -社区", filters: { author: ["mao-quan"] }, by: "essay" });
    const essays = corpus.essays.filter((e) => e.authors.some((a) => a.name === "毛铨"));
    const kept = essays.flatMap((e) => e.paragraphs).filter((p) => !p.text.includes("社区"));
    expect(result.groups.map((g) => g.value).sort()).toEqual(essays.map((e) => e.id).sort());
    expect(result.totals[0]).toBe(kept.reduce((n, p) => n + count(p.text, "治理"), 0));
    expect(result.characters).toBe(kept.reduce((n, p) => n + matchForm(p.text).length, 0));
  });

  it("has no terms for an empty query, and lists groups with text even where a word never occurs", () => {
    expect(research.distribution({ query: "", by: "essay" }).terms).toEqual([]);
    const none = research.distribution({ query: "量子纠缠", by: "source" });
    expect(none.totals).toEqual([0]);
    expect(none.groups.length).toBeGreaterThan(0);
    expect(none.groups.every((g) => g.counts[0] === 0 && g.per10k[0] === 0)).toBe(true);
  });
});
