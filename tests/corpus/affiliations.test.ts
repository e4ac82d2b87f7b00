import { describe, expect, it } from "vitest";
import { parseAffiliations, parseAuthorNote } from "@/lib/corpus/authors";

// A bare department after a unit of the same university takes the university's name
// (rules at SUB_UNIT_ENDINGS in lib/corpus/authors.ts). Rows: affiliation list → [institution, role] per affiliation.
describe("parseAffiliations: a department inherits its university", () => {
  it.each([
    [
      "the seed note: the 学院 after 同济大学's 研究院 is 同济大学's; the first affiliation is unchanged",
      "同济大学国家创新发展研究院副院长、首席专家、经济与管理学院教授",
      [["同济大学国家创新发展研究院", "副院长、首席专家"], ["同济大学经济与管理学院", "教授"]],
    ],
    [
      "two universities: each keeps its own, nothing crosses",
      "北京大学经济学院教授、清华大学公共管理学院兼职研究员",
      [["北京大学经济学院", "教授"], ["清华大学公共管理学院", "兼职研究员"]],
    ],
    ["a single affiliation is unchanged", "内蒙古师范大学政府管理学院副教授", [["内蒙古师范大学政府管理学院", "副教授"]]],
    [
      // The parent is the name up to 党校 with the aside right after it; 马克思主义学院 is a bare 学院 with no
      // standalone marker, so it inherits the whole 中共中央党校（国家行政学院）, the school's printed name.
      "党校: the 学院 takes the party school's name with its bracketed second name",
      "中共中央党校（国家行政学院）经济学教研部主任、马克思主义学院教授",
      [["中共中央党校（国家行政学院）经济学教研部", "主任"], ["中共中央党校（国家行政学院）马克思主义学院", "教授"]],
    ],
    ["a later part that is only a role joins the previous affiliation", "同济大学经济与管理学院副院长、教授", [["同济大学经济与管理学院", "副院长、教授"]]],
    [
      "roles first: nothing before the 学院 to inherit from",
      "教授、经济与管理学院院长",
      [[null, "教授"], ["经济与管理学院", "院长"]],
    ],
    [
      "a sub-unit with its own marker (政府) names its own organisation",
      "同济大学经济与管理学院教授、上海市人民政府发展研究中心研究员",
      [["同济大学经济与管理学院", "教授"], ["上海市人民政府发展研究中心", "研究员"]],
    ],
    [
      "a ministry's institute (部) is not the university's",
      "对外经济贸易大学国际经济研究院教授、商务部国际贸易经济合作研究院研究员",
      [["对外经济贸易大学国际经济研究院", "教授"], ["商务部国际贸易经济合作研究院", "研究员"]],
    ],
    [
      "a name opening with 中国 is a national body (the 江西 seed note stays as printed)",
      "江西省社会科学院党组书记、二级教授、中国特色社会主义理论体系研究中心特约研究员",
      [["江西省社会科学院", "党组书记、二级教授"], ["中国特色社会主义理论体系研究中心", "特约研究员"]],
    ],
    [
      "an academy of social sciences is a parent: 中国社会科学院, not the 研究所 under it",
      "中国社会科学院经济研究所研究员、财经战略研究院兼职研究员",
      [["中国社会科学院经济研究所", "研究员"], ["中国社会科学院财经战略研究院", "兼职研究员"]],
    ],
    [
      "a parent that is only a 学院 passes down to a 系",
      "外交学院国际关系研究所所长、英语系教授",
      [["外交学院国际关系研究所", "所长"], ["外交学院英语系", "教授"]],
    ],
    ["but not to another 学院: two schools, no university named", "经济学院教授、法学院兼职教授", [["经济学院", "教授"], ["法学院", "兼职教授"]]],
    [
      "a third affiliation inherits through the second",
      "同济大学国家创新发展研究院副院长、经济与管理学院教授、法学院兼职教授",
      [["同济大学国家创新发展研究院", "副院长"], ["同济大学经济与管理学院", "教授"], ["同济大学法学院", "兼职教授"]],
    ],
  ] as const)("%s", (_case, text, expected) => {
    expect(parseAffiliations(text).map((a) => [a.institution, a.role])).toEqual(expected);
  });
});

describe("parseAuthorNote: inheritance stays within one author's share", () => {
  it.each([
    [
      "the seed note, whole",
      "(作者为同济大学国家创新发展研究院副院长、首席专家、经济与管理学院教授)",
      [[null, [["同济大学国家创新发展研究院", "副院长、首席专家"], ["同济大学经济与管理学院", "教授"]]]],
    ],
    [
      "the second author's 法学院 is not the first author's university",
      "(第一作者系同济大学经济与管理学院教授,第二作者系法学院副教授)",
      [[1, [["同济大学经济与管理学院", "教授"]]], [2, [["法学院", "副教授"]]]],
    ],
  ] as const)("%s", (_case, note, expected) => {
    expect(parseAuthorNote(note).map((a) => [a.ordinal, a.affiliations.map((f) => [f.institution, f.role])])).toEqual(expected);
  });
});
