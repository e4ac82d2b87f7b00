import { describe, expect, it } from "vitest";
import { distinctiveTerms } from "@/lib/catalog/authors";
import { buildCatalog } from "@/lib/catalog/build-catalog";
import { corpusOf, tools } from "./helpers";

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
