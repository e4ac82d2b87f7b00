import { describe, expect, it } from "vitest";
import { attributeAuthors, parseAffiliations, parseAuthorNote, splitByline } from "@/lib/corpus/authors";

describe("parseAuthorNote", () => {
  it.each([
    ["（作者系内蒙古师范大学政府管理学院副教授）", [[null, [["内蒙古师范大学政府管理学院", "副教授"]]]]],
    ["(作者单位:武汉市委党校)", [[null, [["武汉市委党校", null]]]]],
    ["(作者单位系中国政法大学)", [[null, [["中国政法大学", null]]]]],
    ["(作者为湖北省中国特色社会主义理论体系研究中心省社科院分中心研究员)", [[null, [["湖北省中国特色社会主义理论体系研究中心省社科院分中心", "研究员"]]]]],
    [
      "（作者系江西省社会科学院党组书记、二级教授、中国特色社会主义理论体系研究中心特约研究员）",
      [[null, [["江西省社会科学院", "党组书记、二级教授"], ["中国特色社会主义理论体系研究中心", "特约研究员"]]]],
    ],
    [
      "(作者为同济大学国家创新发展研究院副院长、首席专家、经济与管理学院教授)",
      [[null, [["同济大学国家创新发展研究院", "副院长、首席专家"], ["同济大学经济与管理学院", "教授"]]]],
    ],
    ["(作者系中共重庆市委党校社会和生态文明教研部副主任(主持工作)、副教授)", [[null, [["中共重庆市委党校社会和生态文明教研部", "副主任(主持工作)、副教授"]]]]],
    ["(作者系重庆大学建筑城规学院教授、博导,国家注册规划师)", [[null, [["重庆大学建筑城规学院", "教授、博导、国家注册规划师"]]]]],
    ["(作者系中央党校(国家行政学院)副教授)", [[null, [["中央党校(国家行政学院)", "副教授"]]]]],
    [
      "(第一作者系中国人民大学国家发展与战略研究院执行院长,第二作者单位系中国人民大学应用经济学院)",
      [
        [1, [["中国人民大学国家发展与战略研究院", "执行院长"]]],
        [2, [["中国人民大学应用经济学院", null]]],
      ],
    ],
    ["（作者系教授）", [[null, [[null, "教授"]]]]],
    ["（作者系西南大学国家治理学院博士研究生）", [[null, [["西南大学国家治理学院", "博士研究生"]]]]],
    ["（作者）", []],
  ] as const)("%s", (note, expected) => {
    const parsed = parseAuthorNote(note).map((a) => [a.ordinal, a.affiliations.map((f) => [f.institution, f.role])]);
    expect(parsed).toEqual(expected);
  });

  it("does not take 院 in 副院长 for the end of an institution", () => {
    expect(parseAffiliations("研究院副院长")).toEqual([{ institution: "研究院", role: "副院长" }]);
    expect(parseAffiliations("副院长")).toEqual([{ institution: null, role: "副院长" }]);
  });
});

describe("splitByline", () => {
  it.each([
    ["one name", "陈运平", 1, ["陈运平"]],
    ["run-together names the note counts as two", "林晨吕一飞", 2, ["林晨", "吕一飞"]],
    ["names with a separator", "张三、李四", 1, ["张三", "李四"]],
    ["names with a space", "张三 李四", 2, ["张三", "李四"]],
    ["compound surname", "欧阳修", 1, ["欧阳修"]],
    ["compound surname run together", "欧阳修林晨", 2, ["欧阳修", "林晨"]],
    ["kept whole when two splits both read as names (欧阳修|王安石 or 欧阳修王|安石)", "欧阳修王安石", 2, ["欧阳修王安石"]],
    ["no split when the note says one author", "林晨吕一飞", 1, ["林晨吕一飞"]],
    ["no split when no surname fits", "一二三四五", 2, ["一二三四五"]],
    ["Traditional name", "石建勳", 1, ["石建勳"]],
  ])("%s", (_case, byline, expected, names) => {
    expect(splitByline(byline, expected)).toEqual(names);
  });
});

describe("attributeAuthors", () => {
  it("puts byline names and note affiliations together, by ordinal", () => {
    const { authors, problems } = attributeAuthors("林晨吕一飞", "(第一作者系中国人民大学国家发展与战略研究院执行院长,第二作者单位系中国人民大学应用经济学院)");
    expect(authors.map((a) => [a.name, a.institution, a.role])).toEqual([
      ["林晨", "中国人民大学国家发展与战略研究院", "执行院长"],
      ["吕一飞", "中国人民大学应用经济学院", null],
    ]);
    expect(problems).toEqual([]);
  });

  it.each([
    ["a note without a byline gives one unnamed author", null, "（作者系西南大学国家治理学院党委书记、教授）", [[null, "西南大学国家治理学院", "党委书记、教授"]], 0],
    ["a byline without a note gives names only", "闫水玉", null, [["闫水玉", null, null]], 0],
    ["neither gives no author", null, null, [], 0],
    ["one note shared by all (作者均系)", "张三、李四", "（作者均系北京大学教授）", [["张三", "北京大学", "教授"], ["李四", "北京大学", "教授"]], 0],
    ["two names and one plain note: the note goes to the first, with a warning", "张三、李四", "（作者系北京大学教授）", [["张三", "北京大学", "教授"], ["李四", null, null]], 1],
    ["a note that names no affiliation", "张三", "（作者）", [["张三", null, null]], 1],
  ] as const)("%s", (_case, byline, note, expected, problemCount) => {
    const { authors, problems } = attributeAuthors(byline, note);
    expect(authors.map((a) => [a.name, a.institution, a.role])).toEqual(expected);
    expect(problems).toHaveLength(problemCount);
  });
});
