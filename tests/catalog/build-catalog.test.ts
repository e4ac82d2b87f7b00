import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog/build-catalog";
import { countOccurrences } from "@/lib/text/occurrences";
import { loadThemes } from "@/lib/curated/themes";
import { loadSeedCorpus } from "../helpers";
import { corpusOf, tools } from "./helpers";

describe("themes", () => {
  const corpus = corpusOf(["# 文", "", "■甲", "", "共同缔造推动共建共治共享。", "", "共同缔造。", "", "与主题无关的一段。"]);
  const catalog = buildCatalog(corpus, [{ name: "共同缔造", terms: ["共同缔造", "共建共治共享"] }], tools);
  const theme = catalog.themes.find((t) => t.name === "共同缔造")!;

  it("puts in a theme exactly the paragraphs containing one of its terms, strongest first, with the terms found", () => {
    expect(theme.slug).toBe("gong-tong-di-zao");
    expect(theme.paragraphs.map((p) => [p.n, p.matched])).toEqual([
      [1, [{ term: "共同缔造", count: 1 }, { term: "共建共治共享", count: 1 }]],
      [2, [{ term: "共同缔造", count: 1 }]],
    ]);
    expect(theme.paragraphs[0]!.score).toBeGreaterThan(theme.paragraphs[1]!.score);
    expect(theme.essays).toEqual([{ id: corpus.essays[0]!.id, score: theme.paragraphs[0]!.score + theme.paragraphs[1]!.score, paragraphCount: 2 }]);
  });

  it("records which themes each essay belongs to", () => {
    expect(catalog.essayThemes[corpus.essays[0]!.id]).toContain("gong-tong-di-zao");
  });

  it("counts occurrences without overlap", () => {
    expect(countOccurrences("共同共同共同", "共同共同")).toBe(1);
    expect(countOccurrences("abc", "")).toBe(0);
  });

  it("on the real corpus, gives every curated theme paragraphs and adds themes from the corpus's own keywords", () => {
    const names = loadThemes("seeds/themes.json").map((t) => t.name);
    expect(names).toEqual(["新质生产力", "基层治理", "社区治理", "党建引领", "数字化与数字党建", "共同缔造", "科产城融合", "人才与教育", "绿色发展", "产业体系"]);
    const corpusThemes = buildCatalog(loadSeedCorpus().corpus, loadThemes("seeds/themes.json"), tools).themes;
    for (const theme of corpusThemes.filter((t) => !t.auto)) expect(theme.paragraphs.length, theme.name).toBeGreaterThan(0);
  });
});
