import { describe, expect, it } from "vitest";
import { classifyLines } from "@/lib/corpus/classify-lines";

describe("classifyLines", () => {
  it.each([
    ["# 标题", "md-title", "标题"],
    ["## 小标题", "md-heading", "小标题"],
    ["■陈运平", "byline", "陈运平"],
    ["□ 石建勳", "byline", "石建勳"],
    ["阅 读 提 要", "summary-marker", ""],
    [" [摘  要] 新质生产力赋能", "abstract-start", "新质生产力赋能"],
    [" [Abstract] New quality", "abstract-start", "New quality"],
    ["0 0 0 0 0", "noise", "0 0 0 0 0"],
    ["12", "noise", "12"],
    ["（作者系内蒙古师范大学政府管理学院副教授）", "note", "（作者系内蒙古师范大学政府管理学院副教授）"],
    ["1月31日，中共中央政治局", "prose", "1月31日，中共中央政治局"],
    ["", "blank", ""],
  ])("%j is %s", (line, kind, text) => {
    const [classified] = classifyLines("t.txt", [line]).lines;
    expect(classified).toMatchObject({ kind, text });
  });

  it("splits an author note off the end of a paragraph", () => {
    const { lines } = classifyLines("t.txt", ["拓展外贸发展新空间。（作者系江西省社会科学院党组书记）"]);
    expect(lines.map((l) => [l.kind, l.text])).toEqual([
      ["prose", "拓展外贸发展新空间。"],
      ["note", "（作者系江西省社会科学院党组书记）"],
    ]);
  });

  it("follows an author note over a line break and a noise line, listing the noise as removed", () => {
    const { lines, removed } = classifyLines("t.txt", ["(作者系重庆大学建筑城规学院教授、博", "", "0 0 0 0 0", "", "导,国家注册规划师)", "", "下一段。"]);
    expect(lines.map((l) => [l.kind, l.no, l.last])).toEqual([
      ["note", 1, 5],
      ["blank", 6, 6],
      ["prose", 7, 7],
    ]);
    expect(lines[0]!.text).toBe("(作者系重庆大学建筑城规学院教授、博导,国家注册规划师)");
    expect(removed).toEqual([{ file: "t.txt", line: 3, kind: "noise", text: "0 0 0 0 0" }]);
  });

  it("warns about an author note that never closes", () => {
    const { warnings } = classifyLines("t.txt", ["（作者系某某大学", "a", "b", "c", "d", "e"]);
    expect(warnings).toEqual([{ file: "t.txt", line: 1, message: "author note is not closed; read as one line" }]);
  });
});
