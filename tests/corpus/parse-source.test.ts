import { describe, expect, it } from "vitest";
import { parseLines } from "../helpers";
import { column } from "./helpers";

/** The essays of a source as [displayTitle, authors, kinds and texts of blocks]. */
function outline(lines: string[]) {
  return parseLines(lines).essays.map((e) => ({
    title: e.title,
    display: e.displayTitle,
    authors: e.authors.map((a) => [a.name, a.institution, a.role]),
    collection: e.collection?.title ?? null,
    blocks: e.paragraphs.map((p) => `${p.kind}: ${p.text}`),
  }));
}

describe("essays in a line-per-paragraph source", () => {
  it("reads title, byline without a space, headings, a paragraph cut by a page break, and a closing note", () => {
    expect(
      outline([
        "",
        "# 数字党建赋能社区治理现代化",
        "",
        "■胡雪文",
        "",
        "社区是社会的基本单元。数字党建能够有效破解党建垂管瓶颈,通过",
        "",
        "党建引领实现“一网同心”。",
        "",
        "## 数字党建赋能社区治理是时代发展所需",
        "",
        "推进社区治理改革创新的重要动力。(作者单位系中国政法大学)",
      ]),
    ).toEqual([
      {
        title: "数字党建赋能社区治理现代化",
        display: "数字党建赋能社区治理现代化",
        authors: [["胡雪文", "中国政法大学", null]],
        collection: null,
        blocks: [
          "body: 社区是社会的基本单元。数字党建能够有效破解党建垂管瓶颈，通过党建引领实现“一网同心”。",
          "heading: 数字党建赋能社区治理是时代发展所需",
          "body: 推进社区治理改革创新的重要动力。",
        ],
      },
    ]);
  });

  it("takes a plain short line before a byline as the title, and a short line between paragraphs as a heading", () => {
    const essays = outline(["为加快形成新质生产力夯基垒台", "", "□ 向姣姣", "", "第一段。", "", "新质生产力是对解放和发展生产力的不懈探索", "", "第二段。", "", "(作者单位:武汉市委党校)"]);
    expect(essays).toHaveLength(1);
    expect(essays[0]!.title).toBe("为加快形成新质生产力夯基垒台");
    expect(essays[0]!.blocks).toEqual(["body: 第一段。", "heading: 新质生产力是对解放和发展生产力的不懈探索", "body: 第二段。"]);
  });

  it("gives a title and byline printed after the body to that body", () => {
    const essays = outline([
      "第一篇。",
      "",
      "(作者单位:武汉市委党校)",
      "",
      "习近平总书记强调：“要加强基层基础工作。”",
      "",
      "共同缔造着眼于五共。",
      "",
      "(作者为湖北省社科院研究员)",
      "",
      "以共同缔造推动基层治理现代化高效运转",
      "",
      "□ 毛铨",
    ]);
    expect(essays.map((e) => [e.title, e.authors, e.blocks.length])).toEqual([
      [null, [[null, "武汉市委党校", null]], 1],
      ["以共同缔造推动基层治理现代化高效运转", [["毛铨", "湖北省社科院", "研究员"]], 2],
    ]);
  });

  it("separates a summary box from the body by the sentences the body repeats", () => {
    const essays = outline([
      "发展新质生产力是实现高质量发展重要着力点",
      "",
      "□ 石建勳",
      "",
      "阅 读 提 要",
      "",
      "加快发展新质生产力是我国推进产业转型升级的重要动力。",
      "",
      "前不久，总书记在集体学习时作出重要部署。",
      "",
      "第二段说，加快发展新质生产力是我国推进产业转型升级的重要动力。还有别的话。",
    ]);
    expect(essays[0]!.blocks).toEqual([
      "summary: 加快发展新质生产力是我国推进产业转型升级的重要动力。",
      "body: 前不久，总书记在集体学习时作出重要部署。",
      "body: 第二段说，加快发展新质生产力是我国推进产业转型升级的重要动力。还有别的话。",
    ]);
  });

  it("derives a display title from the opening words when the text has none, and warns with the line", () => {
    const parsed = parseLines(["", "新质生产力赋能基层治理，有助于提升基层治理效能。", "", "第二段。"]);
    expect(parsed.essays[0]).toMatchObject({ title: null, displayTitle: "新质生产力赋能基层治理", titleDerived: true, authors: [] });
    expect(parsed.warnings.map((w) => [w.line, w.message])).toEqual([
      [2, "essay has no title in the text; display title derived from its opening"],
      [2, "essay has no byline and no author note: author unknown"],
    ]);
  });

  it("lists a noise line as removed and keeps it out of the text", () => {
    const parsed = parseLines(["# 标题", "", "■作者", "", "正文第一段。", "", "0 0 0 0", "", "正文第二段。"]);
    expect(parsed.essays[0]!.paragraphs.map((p) => p.text)).toEqual(["正文第一段。", "正文第二段。"]);
    expect(parsed.removed.filter((r) => r.kind === "noise")).toEqual([{ file: "test.txt", line: 7, kind: "noise", text: "0 0 0 0" }]);
  });

  it("parses an empty source into no essays", () => {
    expect(parseLines([""]).essays).toEqual([]);
  });
});

describe("a hard-wrapped journal source", () => {
  it("rejoins wrapped lines, ends paragraphs at short lines, trailing spaces and indents, and joins a wrapped numbered heading", () => {
    const essays = outline([
      " [摘  要] 新质生产力赋能基层治理,有助于提升基层治理效能,也是推进国",
      "",
      "家治理现代化重要抓手。 ",
      " [Abstract] New quality productive forces enable grass-roots ",
      "",
      "governance. ",
      " 二十届三中全会强调指出,进一步全面深化改革",
      "",
      "的总目标是推进国家治理体系和治理能力现代化,",
      "",
      "高质量发展是首要任务。 ",
      "",
      "1.1新质生产力与基层治理肩负相同的任务使命：",
      "",
      "实现复兴 ",
      "",
      "党的二十大报告指出,中国共产党的中心任务是团",
      "",
      "结带领全国各族人民。二是重新匹配权责和组织结",
      "",
      "构,实现目标。 ",
      " 治国安邦,重在基层。基层治理是国家治理的基石",
      "",
      "和基础工程,要推进现代化。 ",
    ]);
    expect(essays).toHaveLength(1);
    expect(essays[0]!.display).toBe("新质生产力赋能基层治理");
    expect(essays[0]!.blocks).toEqual([
      "abstract: 新质生产力赋能基层治理，有助于提升基层治理效能，也是推进国家治理现代化重要抓手。",
      "abstract: New quality productive forces enable grass-roots governance.",
      "body: 二十届三中全会强调指出，进一步全面深化改革的总目标是推进国家治理体系和治理能力现代化，高质量发展是首要任务。",
      "heading: 1.1 新质生产力与基层治理肩负相同的任务使命：实现复兴",
      "body: 党的二十大报告指出，中国共产党的中心任务是团结带领全国各族人民。二是重新匹配权责和组织结构，实现目标。",
      "body: 治国安邦，重在基层。基层治理是国家治理的基石和基础工程，要推进现代化。",
    ]);
  });
});

describe("a column-extracted newspaper page", () => {
  const page = [
    "坚持党建引领城市社区科产城融合发展的探索与实践",
    "",
    column("编者按语：来自多家单位的专家与会，现摘要刊发精彩发言，以飨读者。", 14),
    "",
    "",
    "",
    column("党的工作最坚实的力量支撑在基层，一个国家治理体系和治理能力的现代化水平很大程度上也体现在基层。曾家镇高度", 14),
    "",
    "切实把党的领导贯穿基层治理全过程各方面",
    "",
    column("重视基层党组织建设，形成了把党的领导贯穿基层社会治理全过程各方面的新样本。", 14).replace(/^(\S+) /u, "$1"),
    "",
    "(作者系西南大学国家治理学院党委书 记、教授)",
    "",
    "",
    "",
    "□温丙存",
    "",
    column("推进国家治理体系和治理能力现代化，社区治理只能加强、不能削弱，近年来曾家镇以打造开放式社区党群服务中心为基础", 14),
    "",
    "打造开放式党群服务中心要聚焦三个维度",
    "",
    column("支撑和主要抓手，探索形成敞开式设计、区域化党建、开放式服务的具体运行机制。", 14).replace(/^(\S+) /u, "$1"),
    "",
    "(作者系中共重庆市委党校教研部副主任(主持工作)、副教授)",
  ];

  it("makes the banner an essay of its own, each signed piece an essay in its collection, with the title set into its text", () => {
    const essays = outline(page);
    expect(essays.map((e) => [e.title, e.collection, e.authors])).toEqual([
      ["坚持党建引领城市社区科产城融合发展的探索与实践", null, []],
      ["切实把党的领导贯穿基层治理全过程各方面", "坚持党建引领城市社区科产城融合发展的探索与实践", [[null, "西南大学国家治理学院", "党委书记、教授"]]],
      ["打造开放式党群服务中心要聚焦三个维度", "坚持党建引领城市社区科产城融合发展的探索与实践", [["温丙存", "中共重庆市委党校教研部", "副主任（主持工作）、副教授"]]],
    ]);
    expect(essays[1]!.blocks).toEqual([
      "body: 党的工作最坚实的力量支撑在基层，一个国家治理体系和治理能力的现代化水平很大程度上也体现在基层。曾家镇高度重视基层党组织建设，形成了把党的领导贯穿基层社会治理全过程各方面的新样本。",
    ]);
    expect(essays[2]!.blocks).toEqual([
      "body: 推进国家治理体系和治理能力现代化，社区治理只能加强、不能削弱，近年来曾家镇以打造开放式社区党群服务中心为基础支撑和主要抓手，探索形成敞开式设计、区域化党建、开放式服务的具体运行机制。",
    ]);
    const parsed = parseLines(page);
    expect(parsed.essays[0]!.pieces.map((p) => p.id)).toEqual([parsed.essays[1]!.id, parsed.essays[2]!.id]);
  });

  it("starts a new paragraph inside a column line where a sentence ends and the next column line is indented", () => {
    const line = `${column("聚焦敞开式设计，让党群服务中心成为亲民便民的温馨地。", 14)} ${column("聚焦区域化党建，让党群服务中心成为党建资源的汇聚地。有效推进党建引领城市社区科产城融合发展，必须打破壁垒了。", 14)}`;
    const essays = outline(["□ 作者", "", line, "", column("第二个自然段落在这里，它也很长，一直写到第三个栏行和第四个栏行，还有第五个栏行，才在这里结束了。", 14)]);
    expect(essays[0]!.blocks).toEqual([
      "body: 聚焦敞开式设计，让党群服务中心成为亲民便民的温馨地。",
      "body: 聚焦区域化党建，让党群服务中心成为党建资源的汇聚地。有效推进党建引领城市社区科产城融合发展，必须打破壁垒了。",
      "body: 第二个自然段落在这里，它也很长，一直写到第三个栏行和第四个栏行，还有第五个栏行，才在这里结束了。",
    ]);
  });
});
