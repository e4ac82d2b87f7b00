import { describe, expect, it } from "vitest";
import { distinctiveTerms } from "@/lib/catalog/authors";
import { buildCatalog } from "@/lib/catalog/build-catalog";
import { countOccurrences } from "@/lib/text/occurrences";
import { formatCitation } from "@/lib/browse/citation";
import { loadThemes, ThemesConfigError } from "@/lib/curated/themes";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedCorpus, parseLines } from "./helpers";

/** Tools without nodejieba: split on spaces and punctuation, keywords are the longest words. */
const tools = {
  segment: (text: string) => text.split(/[\s，。、]+/u).filter(Boolean),
  keywords: (text: string, n: number) => [...new Set(text.split(/[\s，。、]+/u).filter((w) => w.length >= 2))].sort((a, b) => b.length - a.length).slice(0, n),
  isContentWord: (w: string) => w.length >= 2,
};

function corpusOf(...files: string[][]) {
  const essays = files.flatMap((lines, i) => parseLines(lines, `${i}.txt`).essays);
  return { formatVersion: 1, sources: [], essays: essays.map((e, order) => ({ ...e, order })) };
}

describe("authors", () => {
  const corpus = corpusOf(
    ["# 甲文", "", "□ 石建勳", "", "共同缔造 共同缔造 治理。", "", "（作者系同济大学教授）"],
    ["# 乙文", "", "■石建勋", "", "发展 治理。", "", "（作者系同济大学经济与管理学院教授）"],
    ["# 丙文", "", "只有注释。", "", "（作者系西南大学国家治理学院教授）"],
    ["# 丁文", "", "■单晓", "", "发展 发展。"],
  );
  const catalog = buildCatalog(corpus, [], tools);

  it("groups the Traditional and Simplified forms of one name, with both as aliases", () => {
    const shi = catalog.authors.find((a) => a.slug === "shi-jian-xun")!;
    expect(shi.essays.map((e) => e.displayTitle)).toEqual(["甲文", "乙文"]);
    expect(shi.aliases.sort()).toEqual(["石建勋", "石建勳"]);
    expect(shi.institutions).toEqual(["同济大学", "同济大学经济与管理学院"]);
  });

  it("sorts by pinyin with surname readings, unnamed authors last, keyed by institution", () => {
    expect(catalog.authors.map((a) => [a.slug, a.initial])).toEqual([
      ["shan-xiao", "S"],
      ["shi-jian-xun", "S"],
      ["unnamed-xi-nan-da-xue-guo-jia-zhi-li-xue-yuan", "X"],
    ]);
    expect(catalog.authors.at(-1)).toMatchObject({ name: null, unnamed: true, institutions: ["西南大学国家治理学院"] });
  });

  it("maps each essay's authors to their slugs", () => {
    const first = corpus.essays[0]!;
    expect(catalog.authorSlugs[first.id]).toEqual(["shi-jian-xun"]);
  });
});

describe("distinctiveTerms", () => {
  it("ranks terms an author uses far more than everyone else", () => {
    const own = ["共同缔造", "共同缔造", "共同缔造", "发展", "发展", "治理", "治理"];
    const rest = ["发展", "发展", "发展", "发展", "治理", "治理", "治理", "创新"];
    // 治理 and 发展 make up no larger a share of the author's words than of everyone else's.
    expect(distinctiveTerms(own, rest, () => true)).toEqual([{ term: "共同缔造", count: 3 }]);
  });

  it("needs a term twice and drops what isContentWord refuses", () => {
    expect(distinctiveTerms(["独词", "的", "的"], [], (w) => w !== "的")).toEqual([]);
  });
});

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

describe("loadThemes", () => {
  const dir = mkdtempSync(join(tmpdir(), "themes-test-"));
  it.each([
    ["not JSON", "{", "not valid JSON"],
    ["no list", '{"themes": {}}', '"themes" must be an array'],
    ["a theme without terms", '{"themes": [{"name": "甲", "terms": []}]}', "themes[0].terms must be a non-empty list"],
    ["a name used twice", '{"themes": [{"name": "甲", "terms": ["a"]}, {"name": "甲", "terms": ["b"]}]}', 'themes[1].name "甲" is used twice'],
  ])("refuses %s, naming the file", (_case, content, message) => {
    const path = join(dir, "themes.json");
    writeFileSync(path, content);
    expect(() => loadThemes(path)).toThrow(ThemesConfigError);
    expect(() => loadThemes(path)).toThrow(message);
  });
});

describe("formatCitation (GB/T 7714 style)", () => {
  const url = "https://example.org/p/x-p3";
  it.each([
    ["an essay with one author", { authors: ["陈运平"], title: "把准新质生产力发展脉搏", sourceLabel: "理论版", paragraph: 3 }, "陈运平. 把准新质生产力发展脉搏[EB/OL]. 理论版, 第3段. [2026-11-21]. https://example.org/p/x-p3."],
    ["two authors", { authors: ["林晨", "吕一飞"], title: "题", sourceLabel: "理论版", paragraph: 1 }, "林晨, 吕一飞. 题[EB/OL]. 理论版, 第1段. [2026-11-21]. https://example.org/p/x-p3."],
    ["more than three authors", { authors: ["甲", "乙", "丙", "丁"], title: "题", sourceLabel: "刊", paragraph: 2 }, "甲, 乙, 丙, 等. 题[EB/OL]. 刊, 第2段. [2026-11-21]. https://example.org/p/x-p3."],
    ["no named author and no printed title", { authors: [], title: null, sourceLabel: "期刊论文", paragraph: 5 }, "[EB/OL]. 期刊论文, 第5段. [2026-11-21]. https://example.org/p/x-p3."],
  ])("%s", (_case, facts, expected) => {
    expect(formatCitation(facts, url, "2026-11-21")).toBe(expected);
  });

  it("leaves out the access date when it is not known", () => {
    expect(formatCitation({ authors: [], title: "题", sourceLabel: "刊", paragraph: 1 }, url, null)).toBe("题[EB/OL]. 刊, 第1段. https://example.org/p/x-p3.");
  });
});
