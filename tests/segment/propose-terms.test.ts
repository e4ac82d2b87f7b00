import { describe, expect, it } from "vitest";
import { proposeTerms } from "@/lib/segment/propose-terms";

/** A stand-in for a segmenter that does not know 新质生产力: cuts 新质|生产力 and otherwise two characters at a time. */
function naiveCut(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > 0) {
    const take = rest.startsWith("新质") ? 2 : rest.startsWith("生产力") ? 3 : Math.min(2, rest.length);
    out.push(rest.slice(0, take));
    rest = rest.slice(take);
  }
  return out;
}

describe("proposeTerms", () => {
  const texts = [
    "发展新质生产力是重要着力点",
    "加快形成新质生产力",
    "新质生产力代表先进生产力",
    "以科技创新推动新质生产力",
  ];

  it("proposes a recurring term the segmenter splits, with its count and cut", () => {
    const top = proposeTerms(texts, naiveCut)[0]!;
    expect(top).toMatchObject({ term: "新质生产力", count: 4, cut: ["新质", "生产力"] });
  });

  it("does not propose pieces of it, or it with a common neighbour", () => {
    const terms = proposeTerms(texts, naiveCut).map((c) => c.term);
    expect(terms).not.toContain("新质生产");
    expect(terms).not.toContain("质生产力");
    expect(terms).not.toContain("发展新质生产力");
  });

  it("does not propose a term the segmenter already keeps whole", () => {
    const whole = (text: string) => (text === "新质生产力" ? [text] : naiveCut(text));
    expect(proposeTerms(texts, whole).map((c) => c.term)).not.toContain("新质生产力");
  });

  it("needs a term to recur", () => {
    expect(proposeTerms(texts, naiveCut, { minCount: 5 })).toEqual([]);
  });
});
