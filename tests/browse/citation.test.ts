import { describe, expect, it } from "vitest";
import { formatCitation } from "@/lib/browse/citation";

describe("formatCitation (GB/T 7714 style)", () => {
  const url = "https://example.org/p/x-p3";
  it.each([
    ["an essay with one author", { authors: ["陈运平"], title: "把准新质生产力发展脉搏", sourceLabel: "理论版", paragraph: 3 }, "陈运平. 把准新质生产力发展脉搏[EB/OL]. 理论版, 第3段. [2026-11-21]. https://example.org/p/x-p3."],
    ["two authors", { authors: ["林晨", "吕一飞"], title: "题", sourceLabel: "理论版", paragraph: 1 }, "林晨, 吕一飞. 题[EB/OL]. 理论版, 第1段. [2026-11-21]. https://example.org/p/x-p3."],
    ["more than three authors", { authors: ["甲", "乙", "丙", "丁"], title: "题", sourceLabel: "刊", paragraph: 2 }, "甲, 乙, 丙, 等. 题[EB/OL]. 刊, 第2段. [2026-11-21]. https://example.org/p/x-p3."],
    ["no named author and no printed title", { authors: [], title: null, sourceLabel: "期刊论文", paragraph: 5 }, "[EB/OL]. 期刊论文, 第5段. [2026-11-21]. https://example.org/p/x-p3."],
  ])("%s", (_case, facts, expected) => {
    expect(formatCitation(facts, url, "2026-11-21")).toBe(expected);
  });

  it("leaves out the access date when it is not known", () => {
    expect(formatCitation({ authors: [], title: "题", sourceLabel: "刊", paragraph: 1 }, url, null)).toBe("题[EB/OL]. 刊, 第1段. https://example.org/p/x-p3.");
  });
});
