import { describe, expect, it } from "vitest";
import { cleanHeading, cleanParagraph, collapseHeadingSpaces, collapseSpaces, joinBroken, normalizePunctuation } from "@/lib/text/clean";
import { bracketDepth, endsWithTerminal, visibleWidth } from "@/lib/text/patterns";

describe("collapseSpaces", () => {
  it.each([
    ["spaced CJK from column extraction", "经 济社会发展", "经济社会发展"],
    ["several runs and a tab", "提升基层治理能 力。\t重庆两会", "提升基层治理能力。重庆两会"],
    ["space before a bracket", "西部 (重庆)科学城", "西部(重庆)科学城"],
    ["space after a straight quote", '"城市" 的功能', '"城市"的功能'],
    ["space between a digit and Han", "2022 年", "2022年"],
    ["English words keep one space", "New  quality\nproductive forces", "New quality productive forces"],
    ["Latin next to Han keeps its space", "5G 通信", "5G 通信"],
    ["full-width space between Han", "发展\u3000新质", "发展新质"],
    ["astral Han", "𠀀 𠀁", "𠀀𠀁"],
    ["leading and trailing space", "  正文  ", "正文"],
    ["empty", "", ""],
  ])("%s", (_case, input, expected) => {
    expect(collapseSpaces(input)).toBe(expected);
  });
});

describe("collapseHeadingSpaces", () => {
  it.each([
    ["two-part headline keeps its clause break", "党建引领治理重心下移 发挥党的基层组织动能", "党建引领治理重心下移 发挥党的基层组织动能"],
    ["runs collapse to one space", "发展新质生产力   是实现", "发展新质生产力 是实现"],
    ["no space next to punctuation", "以“科产城人” 深度融合", "以“科产城人”深度融合"],
  ])("%s", (_case, input, expected) => {
    expect(collapseHeadingSpaces(input)).toBe(expected);
  });
});

describe("normalizePunctuation", () => {
  it.each([
    ["ASCII comma in Chinese", "资源,而", "资源，而"],
    ["colon, semicolon, question and exclamation marks", "优势:一是;何在?好!", "优势：一是；何在？好！"],
    ["digits keep their comma", "3,700万", "3,700万"],
    ["brackets touching Han become full-width as a pair", "西部(重庆)科学城", "西部（重庆）科学城"],
    ["nested brackets", "副主任(主持工作)、副教授", "副主任（主持工作）、副教授"],
    ["English brackets stay", "(Abstract) text", "(Abstract) text"],
    ["even straight quotes pair up", '把"科学"的元素、"产业"的要素', "把“科学”的元素、“产业”的要素"],
    ["odd straight quotes are left alone", '"五老"调解会"', '"五老"调解会"'],
    ["a full stop misread as ASCII between Han", "谈心室.想群众所想", "谈心室。想群众所想"],
    ["a decimal point stays", "超过3.7万亿元", "超过3.7万亿元"],
    ["quotes in English stay straight", 'the "new" forces', 'the "new" forces'],
  ])("%s", (_case, input, expected) => {
    expect(normalizePunctuation(input)).toBe(expected);
  });
});

describe("cleanParagraph and cleanHeading", () => {
  it.each([
    "经 济社会发展,是 关键",
    '开设"雪梅听您说"谈心室. 想群众所想',
    "New quality productive forces enable grass-roots governance",
    "西部 (重庆) 科学城",
    "（作者系西南大学国家治理学院党委书 记、教授）",
  ])("is idempotent on %s", (text) => {
    const once = cleanParagraph(text);
    expect(cleanParagraph(once)).toBe(once);
    const heading = cleanHeading(text);
    expect(cleanHeading(heading)).toBe(heading);
  });

  it("never adds or removes a Han character", () => {
    const text = "党的工作最坚实的力量支撑在基层,经 济社会发展和民生最突出的矛盾和问题在基 层,一个国家";
    const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).join("");
    expect(han(cleanParagraph(text))).toBe(han(text));
  });
});

describe("joinBroken", () => {
  it.each([
    ["Chinese joins with nothing", "现代化产业体系是", "加快发展", "现代化产业体系是加快发展"],
    ["English joins with a space", "efficiency of ", "grass-roots", "efficiency of grass-roots"],
    ["English after a comma", "governance,", "and is", "governance, and is"],
    ["Han after Latin", "5G", "通信", "5G通信"],
    ["empty left", "", "正文", "正文"],
  ])("%s", (_case, left, right, expected) => {
    expect(joinBroken(left, right)).toBe(expected);
  });
});

describe("patterns", () => {
  it.each([
    ["…战略部署。", true],
    ["…生活。”", true],
    ["…优势:", true],
    ["…支撑力”。 ", true],
    ["…[1]。", true],
    ["…现代化产业体系是", false],
    ["…创造新产业,", false],
    ["…[3]", false],
    ["active elements.", true],
    ["超过3.", false],
    ["", false],
  ])("endsWithTerminal(%j) is %s", (text, expected) => {
    expect(endsWithTerminal(text)).toBe(expected);
  });

  it.each([
    ["经 济", 2],
    ["资源, 而“市场”", 8],
    ["𠀀", 1],
  ])("visibleWidth(%j) is %i", (text, expected) => {
    expect(visibleWidth(text)).toBe(expected);
  });

  it.each([
    ["（作者系…）", 0],
    ["(作者系…(主持工作)", 1],
    ["）", -1],
  ])("bracketDepth(%j) is %i", (text, expected) => {
    expect(bracketDepth(text)).toBe(expected);
  });
});
