import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dictionaryText, DictionaryMissingError, foldText, loadSegmenter, readDictionary, segmentText } from "@/lib/segment/segmenter";

const work = mkdtempSync(join(tmpdir(), "segmentation-test-"));
const dictionary = join(work, "user-dict.utf8");

beforeAll(() => {
  writeFileSync(dictionary, dictionaryText(readDictionary("seeds/user-dict.utf8"), []));
  loadSegmenter(dictionary);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("foldText", () => {
  it.each([
    ["Traditional to Simplified", "新質生產力", "新质生产力"],
    ["a Traditional name", "石建勳", "石建勋"],
    ["full-width letters and digits", "ＡＢＣ１２３", "abc123"],
    ["Latin case", "New Quality", "new quality"],
    ["Simplified text is unchanged", "基层治理现代化", "基层治理现代化"],
    ["astral Han survives", "𠀀", "𠀀"],
  ])("%s", (_case, input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe("segmentText with the domain dictionary", () => {
  it.each([
    ["新质生产力 stays one term", "加快发展新质生产力", ["加快", "发展", "新质生产力"]],
    ["共建共治共享 stays one term", "构建共建共治共享的治理格局", ["构建", "共建共治共享", "的", "治理", "格局"]],
    ["赋能", "数字赋能基层", ["数字", "赋能", "基层"]],
    ["一网统管", "社区治理“一网统管”", ["社区", "治理", "一网统管"]],
    ["an author written in Traditional characters is found in folded form", "石建勳教授", ["石建勋", "教授"]],
    ["Traditional text segments like Simplified", "新質生產力", ["新质生产力"]],
    ["punctuation and spaces are dropped, English is lower-cased", "New quality， 生产力。", ["new", "quality", "生产力"]],
  ])("%s", (_case, text, terms) => {
    expect(segmentText(text)).toEqual(terms);
  });

  it("has HMM on: an unknown name is one word, not single characters", () => {
    expect(segmentText("吕一飞认为")).toContain("吕一飞");
    expect(segmentText("闫水玉指出")).toContain("闫水玉");
  });
});

describe("dictionaries", () => {
  it("writes jieba's format: folded forms added, comments gone, a frequency never without a tag", () => {
    expect(dictionaryText(["赋能", "石建勳 10 nr"], ["林晨", "赋能"])).toBe("赋能\n石建勳 10 nr\n石建勋 10 nr\n林晨\n");
  });

  it("reads the committed dictionary without its comments", () => {
    const entries = readDictionary("seeds/user-dict.utf8");
    expect(entries).toContain("新质生产力");
    expect(entries.some((e) => e.startsWith("#"))).toBe(false);
    // jieba reads `word freq` as word + tag: every entry is a bare word or has three fields.
    expect(entries.filter((e) => e.split(/\s+/u).length === 2)).toEqual([]);
  });

  it("refuses a missing dictionary with an error instead of letting nodejieba abort the process", () => {
    const child = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/fixtures/load-missing-dictionary.ts", "/nonexistent/dict.utf8"], {
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(child.status).toBe(3);
    expect(child.stdout).toContain("DictionaryMissingError: user dictionary not found: /nonexistent/dict.utf8");
    expect(() => loadSegmenter(join(work, "missing.utf8"))).toThrow(DictionaryMissingError);
  });
});
