import { describe, expect, it } from "vitest";
import { classifyLines } from "@/lib/corpus/classify-lines";
import { detectLayout } from "@/lib/corpus/reflow";
import { column } from "./helpers";

describe("layouts", () => {
  it("tells the three layouts apart", () => {
    const normal = ["# 标题", "", "第一段很长的正文，讲了很多内容。第二句也在这里。", "", "第二段。"];
    const wrapped = Array.from({ length: 10 }, (_, i) => (i % 3 === 2 ? "这是一行被硬换行的正文内容。 " : "这是一行被硬换行的正文内容的一部分"));
    const columns = [column("党的工作最坚实的力量支撑在基层经济社会发展和民生最突出的矛盾和问题也在基层。"), "", column("曾家镇由于安置房和老旧小区体量较大安置居民和产业工人交杂。")];
    expect(detectLayout(classifyLines("t", normal).lines)).toBe("normal");
    expect(detectLayout(classifyLines("t", wrapped).lines)).toBe("hard-wrapped");
    expect(detectLayout(classifyLines("t", columns).lines)).toBe("column");
  });
});
