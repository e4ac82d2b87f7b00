import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkConservation, describeConservation } from "@/lib/corpus/conservation";
import { parseSource } from "@/lib/corpus/parse-source";
import { loadSeedCorpus } from "./helpers";

/** The originals, kept read-only beside the project checkout. */
const SHARED_SEEDS = join(__dirname, "..", "..", "shared", "seeds");

/** SHA-256 of each original, pinned so a changed copy fails even where shared/ is absent. */
const PINNED: Record<string, string> = {
  "000_059c5f2033a04802.txt": "ad2654a321380a79166c90bd379c67feb494ffe594e2d93eabeb921f386a21fe",
  "001_bf7cf2d8722f149b.txt": "7c9a24b65d4e7fc415797f8eb2310f60c27962c4f88acbfc1755cc88f242f04d",
  "002_d815cf1dd1702dc9.txt": "4dd619f82c58122e9b26ce590f04b8663a7aba5de515c16cb8c0a893d1dceed5",
  "003_d2341b081b58d95e.txt": "44534e19c1a5184efb5f88952055db9bfeeb86d186b71d59ce920c829eab197b",
  "004_3dfa800c712e57f4.txt": "461f3228b5283c2fd8f57e3532916918e757531f4d70d08ba06c99fa75a564d4",
};

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const sources = readdirSync("seeds").filter((f) => f.endsWith(".txt")).sort();

describe("seeds/", () => {
  it("holds exactly the source files of ../shared/seeds", () => {
    expect(sources).toEqual(readdirSync(SHARED_SEEDS).filter((f) => f.endsWith(".txt")).sort());
    expect(sources).toEqual(Object.keys(PINNED));
  });

  it.each(sources)("%s is byte-identical to the original", (file) => {
    expect(sha256(join("seeds", file))).toBe(sha256(join(SHARED_SEEDS, file)));
    expect(sha256(join("seeds", file))).toBe(PINNED[file]);
  });
});

describe("character conservation: nothing is silently lost", () => {
  it.each(sources)("every Han character of %s is in the output or listed as removed, as many times as in the source", (file) => {
    const parsed = parseSource({ file, label: file }, readFileSync(join("seeds", file)));
    const result = checkConservation(parsed.text, parsed.essays, parsed.removed);
    expect(describeConservation(result)).toBeNull();
  });

  it("lists as removed only markers, markup and layout noise, never reading text", () => {
    const { report } = loadSeedCorpus();
    const withHan = report.removed.filter((r) => /\p{Script=Han}/u.test(r.text));
    expect(withHan.map((r) => [r.file, r.line, r.kind, r.text])).toEqual([
      ["001_bf7cf2d8722f149b.txt", 9, "marker", "阅 读 提 要"],
      ["003_d2341b081b58d95e.txt", 1, "marker", "[摘  要]"],
    ]);
    expect(report.warnings.filter((w) => w.message.startsWith("text not accounted for"))).toEqual([]);
  });

  it("notices a paragraph that goes missing", () => {
    const file = sources[0]!;
    const parsed = parseSource({ file, label: file }, readFileSync(join("seeds", file)));
    const dropped = parsed.essays.map((e, i) => (i === 0 ? { ...e, paragraphs: e.paragraphs.slice(1) } : e));
    const result = checkConservation(parsed.text, dropped, parsed.removed);
    expect(result.missing.size).toBeGreaterThan(0);
    expect(result.extra.size).toBe(0);
  });

  it("notices text that appears twice", () => {
    const file = sources[0]!;
    const parsed = parseSource({ file, label: file }, readFileSync(join("seeds", file)));
    const doubled = parsed.essays.map((e, i) => (i === 0 ? { ...e, paragraphs: [...e.paragraphs, e.paragraphs[0]!] } : e));
    expect(checkConservation(parsed.text, doubled, parsed.removed).extra.size).toBeGreaterThan(0);
  });
});
