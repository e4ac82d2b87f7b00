import { describe, expect, it } from "vitest";
import { parseLines } from "../helpers";

describe("ids", () => {
  it("are the same when the same text is parsed again", () => {
    const lines = ["# 把准新质生产力发展脉搏", "", "■陈运平", "", "正文。"];
    expect(parseLines(lines).essays.map((e) => [e.id, e.paragraphs.map((p) => p.id)])).toEqual(
      parseLines(lines).essays.map((e) => [e.id, e.paragraphs.map((p) => p.id)]),
    );
  });

  it("do not change when an earlier essay in the file changes", () => {
    const second = ["", "# 第二篇", "", "■乙", "", "正文。"];
    const a = parseLines(["# 第一篇", "", "■甲", "", "原来的正文。", ...second]).essays[1]!.id;
    const b = parseLines(["# 第一篇", "", "■甲", "", "改过的正文，长了一些。", "", "又多一段。", ...second]).essays[1]!.id;
    expect(a).toBe(b);
  });

  it("read as pinyin and a short hash, safe in a URL", () => {
    const [essay] = parseLines(["# 把准新质生产力发展脉搏", "", "■陈运平", "", "正文。"]).essays;
    expect(essay!.id).toMatch(/^ba-zhun-xin-zhi-sheng-chan-li-fa-[0-9a-f]{6}$/u);
    expect(encodeURIComponent(essay!.id)).toBe(essay!.id);
    expect(essay!.paragraphs[0]!.id).toBe(`${essay!.id}-p1`);
  });
});
