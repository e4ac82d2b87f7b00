import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuery } from "@/lib/search/query";

/** A parsed query as [groups as unit texts, excluded, filters, ignored]. */
function outline(raw: string) {
  const q = parseQuery(raw);
  const filters = Object.fromEntries(Object.entries(q.filters).filter(([, v]) => v.length > 0));
  return { groups: q.groups.map((g) => g.map((u) => (u.phrase ? `"${u.text}"` : u.text))), excluded: q.excluded.map((u) => u.text), filters, ignored: q.ignored };
}

describe("parseQuery", () => {
  it.each([
    ["one word", "新质生产力", { groups: [["新质生产力"]], excluded: [], filters: {}, ignored: [] }],
    ["words separated by spaces (AND)", "新质生产力  基层治理", { groups: [["新质生产力"], ["基层治理"]], excluded: [], filters: {}, ignored: [] }],
    ["a full-width space separates too", "新质生产力\u3000基层治理", { groups: [["新质生产力"], ["基层治理"]], excluded: [], filters: {}, ignored: [] }],
    ["an exact phrase with a space", '"数字 党建"', { groups: [['"数字 党建"']], excluded: [], filters: {}, ignored: [] }],
    ["Chinese quotation marks", "“共建共治共享”", { groups: [['"共建共治共享"']], excluded: [], filters: {}, ignored: [] }],
    ["an unclosed quote runs to the end", '"基层 治理', { groups: [['"基层 治理"']], excluded: [], filters: {}, ignored: [] }],
    ["an excluded word", "数字 -党建", { groups: [["数字"]], excluded: ["党建"], filters: {}, ignored: [] }],
    ["a full-width minus", "数字 －党建", { groups: [["数字"]], excluded: ["党建"], filters: {}, ignored: [] }],
    ["an excluded phrase", '治理 -"基层 治理"', { groups: [["治理"]], excluded: ["基层 治理"], filters: {}, ignored: [] }],
    ["a lone minus is ignored", "治理 -", { groups: [["治理"]], excluded: [], filters: {}, ignored: ["-"] }],
    ["OR", "一网统管 OR 共同缔造 社区", { groups: [["一网统管", "共同缔造"], ["社区"]], excluded: [], filters: {}, ignored: [] }],
    ["| as OR", "甲|乙", { groups: [["甲|乙"]], excluded: [], filters: {}, ignored: [] }],
    ["| with spaces as OR", "甲 | 乙", { groups: [["甲", "乙"]], excluded: [], filters: {}, ignored: [] }],
    ["lower-case or is a word", "new or old", { groups: [["new"], ["or"], ["old"]], excluded: [], filters: {}, ignored: [] }],
    ["a dangling OR", "OR 治理 OR", { groups: [["治理"]], excluded: [], filters: {}, ignored: ["OR", "OR"] }],
    ["field filters", "author:石建勋 institution:同济大学 source:001.txt theme:xin-zhi-sheng-chan-li 产业", { groups: [["产业"]], excluded: [], filters: { author: ["石建勋"], institution: ["同济大学"], source: ["001.txt"], theme: ["xin-zhi-sheng-chan-li"] }, ignored: [] }],
    ["Chinese field names and a full-width colon", "作者：林晨 机构:中国人民大学 来源：甲 主题：乙", { groups: [], excluded: [], filters: { author: ["林晨"], institution: ["中国人民大学"], source: ["甲"], theme: ["乙"] }, ignored: [] }],
    ["a quoted field value", 'author:"石 建勋"', { groups: [], excluded: [], filters: { author: ["石 建勋"] }, ignored: [] }],
    ["an empty field value", "author: 治理", { groups: [["治理"]], excluded: [], filters: {}, ignored: ["author:"] }],
    ["an unknown field is text", "foo:bar", { groups: [["foo:bar"]], excluded: [], filters: {}, ignored: [] }],
    ["punctuation only", "，。！", { groups: [], excluded: [], filters: {}, ignored: ["，。！"] }],
    ["- OR \"", '- OR "', { groups: [], excluded: [], filters: {}, ignored: ["-", "OR", '"'] }],
    ["empty", "", { groups: [], excluded: [], filters: {}, ignored: [] }],
    ["Traditional characters keep their text", "新質生產力", { groups: [["新質生產力"]], excluded: [], filters: {}, ignored: [] }],
  ])("%s", (_case, raw, expected) => {
    expect(outline(raw)).toEqual(expected);
  });

  it("folds every unit to its match form", () => {
    const q = parseQuery('新質生產力 "ＡＢＣ，１２"');
    expect(q.groups.map((g) => g[0]!.form)).toEqual(["新质生产力", "abc12"]);
  });

  it("never throws and always yields units with a non-empty match form (seeded property)", () => {
    const alphabet = fc.constantFrom(..."新质生产力 \"“”-－|OR:：作者author()（）,，。.*+?[]{}\\\u0000\u3000𠀀😀ＡＢ１".split(""), "OR", "author:", "-");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join("")), (raw) => {
        const q = parseQuery(raw);
        for (const unit of [...q.groups.flat(), ...q.excluded]) expect(unit.form.length).toBeGreaterThan(0);
        for (const group of q.groups) expect(group.length).toBeGreaterThan(0);
      }),
      { seed: 20261121, numRuns: 2000 },
    );
  });
});
