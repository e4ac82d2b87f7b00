import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSpans, mergeSpans, snippet } from "@/lib/search/highlight";
import { foldCharacter, matchForm, matchFormWithOffsets } from "@/lib/text/match-form";

describe("matchForm", () => {
  it.each([
    ["spaced CJK", "经 济社会发展", "经济社会发展"],
    ["punctuation and quotes", "“科产城人”深度融合，", "科产城人深度融合"],
    ["Traditional characters", "新質生產力", "新质生产力"],
    ["full-width letters and digits", "ＡＢＣ１２３", "abc123"],
    ["Latin case and spaces", "New Quality", "newquality"],
    ["mixed scripts", "5G 通信 and AI", "5g通信andai"],
    ["astral Han", "𠀀𠀁", "𠀀𠀁"],
    ["symbols", "党建+社治", "党建社治"],
    ["control characters", "a\u0000b", "ab"],
  ])("%s", (_case, text, form) => {
    expect(matchForm(text)).toBe(form);
  });

  it("ties every character of the form to the character it came from", () => {
    expect(matchFormWithOffsets("新 質，𠀀Ａ")).toEqual({ form: "新质𠀀a", starts: [0, 2, 4, 4, 6], ends: [1, 3, 6, 6, 7] });
    expect(foldCharacter("，")).toBe("");
  });
});

describe("findSpans", () => {
  it.each([
    ["a plain match", "加快发展新质生产力。", ["新质生产力"], [[4, 9]]],
    ["a match across extraction spaces", "经 济社会发展", ["经济"], [[0, 3]]],
    ["a match across punctuation", "新质，生产力", ["新质生产力"], [[0, 6]]],
    ["Traditional query on Simplified text is already folded", "新质生产力", ["新质生产力"], [[0, 5]]],
    ["Simplified form on Traditional text", "新質生產力", ["新质生产力"], [[0, 5]]],
    ["full-width text", "ＡＢＣ治理", ["abc"], [[0, 3]]],
    ["several occurrences", "治理与治理", ["治理"], [[0, 2], [3, 5]]],
    ["overlapping terms merge", "新质生产力", ["新质", "质生产", "力"], [[0, 5]]],
    ["adjacent terms merge", "数字党建", ["数字", "党建"], [[0, 4]]],
    ["astral characters", "甲𠀀乙", ["𠀀乙"], [[1, 4]]],
    ["no match", "治理", ["发展"], []],
    ["empty form", "治理", [""], []],
  ])("%s", (_case, text, forms, spans) => {
    expect(findSpans(text, forms)).toEqual(spans);
  });

  it("spans lie inside the text, sorted and apart, and cutting at them gives the text back (seeded property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."新质生产力，发展 治理𠀀ＡaB。".split("").concat(["𠀀"])), maxLength: 60 }), fc.array(fc.string({ unit: fc.constantFrom(..."新质生产力治理a".split("")), minLength: 1, maxLength: 4 }), { maxLength: 4 }), (text, terms) => {
        const spans = findSpans(text, terms.map(matchForm));
        let last = -1;
        for (const [s, e] of spans) {
          expect(s).toBeGreaterThan(last);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(text.length);
          last = e;
        }
        const pieces: string[] = [];
        let at = 0;
        for (const [s, e] of spans) {
          pieces.push(text.slice(at, s), text.slice(s, e));
          at = e;
        }
        pieces.push(text.slice(at));
        expect(pieces.join("")).toBe(text);
        for (const [s, e] of spans) expect(terms.some((t) => matchForm(text.slice(s, e)).includes(matchForm(t)))).toBe(true);
      }),
      { seed: 7714, numRuns: 1500 },
    );
  });

  it("mergeSpans sorts and merges", () => {
    expect(mergeSpans([[5, 7], [0, 2], [1, 3], [7, 8]])).toEqual([[0, 3], [5, 8]]);
  });
});

describe("snippet", () => {
  const long = `${"甲".repeat(100)}新质生产力${"乙".repeat(100)}`;
  it.each([
    ["a short paragraph is shown whole", "短段落新质生产力。", [[3, 8]] as [number, number][], 40, { text: "短段落新质生产力。", spans: [[3, 8]], cutStart: false, cutEnd: false }],
    ["a long paragraph shows the window around its match", long, [[100, 105]] as [number, number][], 40, { text: `${"甲".repeat(10)}新质生产力${"乙".repeat(25)}`, spans: [[10, 15]], cutStart: true, cutEnd: true }],
    ["a match at the start keeps the start", `新质生产力${"乙".repeat(100)}`, [[0, 5]] as [number, number][], 20, { text: `新质生产力${"乙".repeat(15)}`, spans: [[0, 5]], cutStart: false, cutEnd: true }],
    ["a match at the end keeps the end", `${"甲".repeat(100)}新质生产力`, [[100, 105]] as [number, number][], 20, { text: `${"甲".repeat(15)}新质生产力`, spans: [[15, 20]], cutStart: true, cutEnd: false }],
  ])("%s", (_case, text, spans, max, expected) => {
    expect(snippet(text, spans, max)).toEqual(expected);
  });

  it("chooses the window holding the most matched characters", () => {
    const text = `治理${"甲".repeat(60)}新质生产力乙新质生产力${"丙".repeat(60)}`;
    const spans = findSpans(text, ["治理", "新质生产力"]);
    const shown = snippet(text, spans, 30);
    expect(shown.spans).toHaveLength(2);
    expect(shown.text).toContain("新质生产力乙新质生产力");
  });

  it("never cuts a surrogate pair", () => {
    const text = "𠀀".repeat(100);
    const shown = snippet(text, [[100, 102]], 21);
    expect([...shown.text].every((ch) => ch === "𠀀")).toBe(true);
  });
});
