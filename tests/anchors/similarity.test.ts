import { describe, expect, it } from "vitest";
import { CONTAINED_MIN, CONTAINED_MIN_LENGTH, EDITED_MIN_JACCARD, SHORT_PASSAGE, characterBigrams, likeness, samePassage } from "@/lib/anchors/similarity";

/**
 * lib/anchors/similarity.ts on literal match forms (no punctuation, as
 * lib/text/match-form.ts leaves them). The threshold rows use runs of
 * distinct characters so their pair counts can be worked out by hand; the
 * likeness rows pin those counts, so a threshold row cannot pass by accident.
 */

// Twenty-one distinct characters: 20 pairs.
const SEASONS = "春夏秋冬东南西北金木水火土日月星辰风云雷电";
// Forty more, none forming a pair that SEASONS has.
const FORTY = "甲乙丙丁戊庚辛壬癸子丑寅卯巳午未申酉戌亥梅兰竹菊松柏桃李杏桂江河湖海山川林泉溪谷";

// Policy prose, written for these tests.
const SERVICES = "推进城乡基本公共服务均等化要以标准化建设为抓手补齐农村教育医疗养老等领域的短板弱项";
const SERVICES_OCR = "推进城乡基本公共服务均等化要以标准化建设为抓手补齐农村教育医疗养老等领域的短板弱顶";
const ECOLOGY = "生态保护补偿机制要坚持谁受益谁补偿的原则探索流域上下游横向补偿和生态产品价值实现路径";
const HEADING = "推动高质量发展";
const MENTIONS_HEADING = "各地要立足资源禀赋和产业基础坚定不移推动高质量发展不断增强经济发展的韧性和活力";
const GOVERNANCE = "完善基层治理体系要健全党组织领导的自治法治德治相结合的城乡基层治理体系";
const GOVERNANCE_JOINED = `${GOVERNANCE}推动社会治理重心向基层下移把更多资源服务管理放到社区为群众提供精准有效的服务`;

describe("the thresholds", () => {
  it("are the values the rows below are built around", () => {
    expect({ EDITED_MIN_JACCARD, CONTAINED_MIN, SHORT_PASSAGE, CONTAINED_MIN_LENGTH }).toEqual({ EDITED_MIN_JACCARD: 0.5, CONTAINED_MIN: 0.8, SHORT_PASSAGE: 6, CONTAINED_MIN_LENGTH: 24 });
  });
});

describe("characterBigrams", () => {
  const rows: [string, string[]][] = [
    ["", []],
    ["治", ["治"]],
    ["治理", ["治理"]],
    ["推进城乡", ["推进", "进城", "城乡"]],
    // A pair repeated counts once.
    ["治理治理", ["治理", "理治"]],
    // Astral Han is one character, never half a surrogate pair.
    ["𠀀", ["𠀀"]],
    ["𠀀𠀁𠀂", ["𠀀𠀁", "𠀁𠀂"]],
    ["a𠀀b", ["a𠀀", "𠀀b"]],
    ["治𠀀", ["治𠀀"]],
  ];
  it.each(rows)("%j → %j", (form, pairs) => {
    expect([...characterBigrams(form)]).toEqual(pairs);
  });

  it("counts the pairs of the threshold strings as the rows below assume", () => {
    expect(characterBigrams(SEASONS).size).toBe(20);
    expect(characterBigrams(`${SEASONS}${FORTY}`).size).toBe(60);
  });
});

describe("likeness", () => {
  const rows: [string, string, string, { jaccard: number; firstInSecond: number; secondInFirst: number; shared: number }][] = [
    ["both empty", "", "", { jaccard: 1, firstInSecond: 0, secondInFirst: 0, shared: 0 }],
    ["one empty", "", "治理", { jaccard: 0, firstInSecond: 0, secondInFirst: 0, shared: 0 }],
    ["disjoint", "治理", "发展", { jaccard: 0, firstInSecond: 0, secondInFirst: 0, shared: 0 }],
    ["equal", "数字经济", "数字经济", { jaccard: 1, firstInSecond: 1, secondInFirst: 1, shared: 3 }],
    ["prefix", "数字经济", "数字经济发展", { jaccard: 0.6, firstInSecond: 1, secondInFirst: 0.6, shared: 3 }],
    ["jaccard exactly one half", "甲乙丙丁戊庚", "甲乙丙丁戊梅兰竹", { jaccard: 0.5, firstInSecond: 0.8, secondInFirst: 4 / 7, shared: 4 }],
    ["contained exactly 0.8", `${SEASONS}琴棋书画诗`, `${SEASONS}${FORTY}`, { jaccard: 20 / 65, firstInSecond: 0.8, secondInFirst: 20 / 60, shared: 20 }],
    ["contained 0.76", `${SEASONS.slice(0, 20)}琴棋书画诗酒`, `${SEASONS}${FORTY}`, { jaccard: 19 / 66, firstInSecond: 0.76, secondInFirst: 19 / 60, shared: 19 }],
    ["astral, one character changed", "𠀀𠀁𠀂𠀃𠀄𠀅", "𠀀𠀁𠀂𠀃𠀄𠀆", { jaccard: 4 / 6, firstInSecond: 0.8, secondInFirst: 0.8, shared: 4 }],
  ];
  it.each(rows)("%s", (_, a, b, expected) => {
    expect(likeness(characterBigrams(a), characterBigrams(b))).toEqual(expected);
  });
});

describe("samePassage", () => {
  const rows: [string, string, string, boolean][] = [
    ["equal long passages", SERVICES, SERVICES, true],
    ["equal short headings", "结语", "结语", true],
    ["both empty", "", "", true],
    ["empty against a passage", "", SERVICES, false],
    ["one character fixed (OCR 项/顶)", SERVICES, SERVICES_OCR, true],
    ["unrelated passages", SERVICES, ECOLOGY, false],
    ["a short heading inside a long paragraph", HEADING, MENTIONS_HEADING, false],
    ["a long paragraph around a short heading", MENTIONS_HEADING, HEADING, false],
    ["a long passage inside a longer one (joined)", GOVERNANCE, GOVERNANCE_JOINED, true],
    ["a longer passage around a long one (split)", GOVERNANCE_JOINED, GOVERNANCE, true],
    // SHORT_PASSAGE: below six characters only equal texts are one passage.
    ["five characters, one changed (jaccard 0.6, too short)", "甲乙丙丁戊", "甲乙丙丁庚", false],
    ["six characters, one changed (jaccard 0.67)", "甲乙丙丁戊己", "甲乙丙丁戊庚", true],
    ["a four-character heading with an OCR slip", "理顺体制", "理顺休制", false],
    // Under CONTAINED_MIN_LENGTH (headings): at most SHORT_EDITS_MAX characters changed, whatever the Jaccard.
    ["a short heading, two characters changed", "新质生产力赋能基层治理的内在逻辑", "新质生产力赋能基层治理的内在机制", true],
    ["a short heading, three characters changed (jaccard 0.5: two headings)", "甲乙丙丁戊庚", "甲乙丙丁戊梅兰竹", false],
    ["two numbered headings of one essay (different sections)", "1新质生产力赋能基层治理现代化的内在逻辑", "2新质生产力赋能基层治理的内在机制", false],
    // EDITED_MIN_JACCARD, for passages long enough (24 characters and more).
    ["jaccard at least 0.5", `${SEASONS}甲乙丙`, `${SEASONS}丁戊己`, true],
    ["jaccard below 0.5 and neither contained", `${SEASONS.slice(0, 12)}${FORTY.slice(0, 12)}`, `${SEASONS.slice(0, 12)}${FORTY.slice(20, 40)}`, false],
    // CONTAINED_MIN_LENGTH: a prefix of the longer text, all pairs found, jaccard below 0.5.
    ["24 characters wholly inside 61", `${SEASONS}甲乙丙`, `${SEASONS}${FORTY}`, true],
    ["23 characters wholly inside 61", `${SEASONS}甲乙`, `${SEASONS}${FORTY}`, false],
    ["61 around 24 (either order)", `${SEASONS}${FORTY}`, `${SEASONS}甲乙丙`, true],
    // CONTAINED_MIN, 26 characters long.
    ["contained exactly 0.8", `${SEASONS}琴棋书画诗`, `${SEASONS}${FORTY}`, true],
    ["contained 0.76", `${SEASONS.slice(0, 20)}琴棋书画诗酒`, `${SEASONS}${FORTY}`, false],
    // Lengths count characters, not UTF-16 units: five astral characters are five.
    ["six astral characters, one changed", "𠀀𠀁𠀂𠀃𠀄𠀅", "𠀀𠀁𠀂𠀃𠀄𠀆", true],
    ["five astral characters, one changed (too short)", "𠀀𠀁𠀂𠀃𠀄", "𠀀𠀁𠀂𠀃𠀅", false],
    ["five astral characters, equal", "𠀀𠀁𠀂𠀃𠀄", "𠀀𠀁𠀂𠀃𠀄", true],
  ];
  it.each(rows)("%s → %s", (_, a, b, expected) => {
    expect(samePassage(a, b)).toBe(expected);
  });

  it("gives the same answer with precomputed pair sets", () => {
    for (const [, a, b, expected] of rows) expect(samePassage(a, b, characterBigrams(a), characterBigrams(b))).toBe(expected);
  });
});
