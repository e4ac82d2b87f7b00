import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildCorpus } from "@/lib/corpus/build-corpus";
import { loadMetadata, MetadataError, validateMetadata } from "@/lib/curated/metadata";
import { loadSeedCorpus } from "../helpers";

const work = mkdtempSync(join(tmpdir(), "metadata-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("seeds/metadata.json", () => {
  it("gives every source a label with a reason", () => {
    const metadata = loadMetadata("seeds/metadata.json");
    const { corpus } = loadSeedCorpus();
    expect(Object.keys(metadata.sources).sort()).toEqual(corpus.sources.map((s) => s.file));
    for (const entry of Object.values(metadata.sources)) expect(entry.why.length).toBeGreaterThan(40);
  });

  it("is listed fact by fact in the ingest report", () => {
    const { report } = loadSeedCorpus();
    expect(report.curated.map((c) => [c.file, c.field])).toEqual(report.sources.map((s) => [s.file, "source.label"]));
    expect(report.sources.every((s) => s.labelCurated)).toBe(true);
  });
});

describe("validateMetadata", () => {
  it.each([
    ["not an object", [], "top level must be an object"],
    ["a label without a reason", { sources: { "a.txt": { label: "甲" } } }, 'sources["a.txt"].why must be a non-empty string'],
    ["an empty label", { sources: { "a.txt": { label: " ", why: "因为" } } }, 'sources["a.txt"].label must be a non-empty string'],
    ["an essay correction without a line", { essays: [{ file: "a.txt", title: "题", why: "因为" }] }, "essays[0].line must be a line number"],
    ["an essay correction that corrects nothing", { essays: [{ file: "a.txt", line: 3, why: "因为" }] }, "essays[0] corrects nothing"],
    ["authors that are not a list", { essays: [{ file: "a.txt", line: 3, authors: "张三", why: "因为" }] }, "essays[0].authors must be an array"],
  ])("refuses %s, naming the entry", (_case, raw, message) => {
    expect(() => validateMetadata(raw, "seeds/metadata.json")).toThrow(MetadataError);
    expect(() => validateMetadata(raw, "seeds/metadata.json")).toThrow(`seeds/metadata.json: ${message}`);
  });

  it("refuses a file that is not JSON, naming it", () => {
    const path = join(work, "broken.json");
    writeFileSync(path, "{ sources: ");
    expect(() => loadMetadata(path)).toThrow(/broken\.json: not valid JSON/u);
  });
});

describe("curated corrections", () => {
  it("set a title and authors the text lacks, keep the id the text gave, and are reported", () => {
    const dir = join(work, "seeds");
    cpSync("seeds", dir, { recursive: true });
    const metadata = loadMetadata(join(dir, "metadata.json"));
    metadata.essays.push({
      file: "003_d2341b081b58d95e.txt",
      line: 1,
      title: "新质生产力赋能基层治理现代化的逻辑与路径",
      authors: [{ name: "某作者", institution: "某大学", role: null }],
      why: "test: a curator found the title page",
    });
    const before = loadSeedCorpus().corpus.essays.find((e) => e.source.file === "003_d2341b081b58d95e.txt")!;
    const { corpus, report } = buildCorpus(dir, metadata);
    const after = corpus.essays.find((e) => e.source.file === "003_d2341b081b58d95e.txt")!;
    expect(after).toMatchObject({ id: before.id, title: "新质生产力赋能基层治理现代化的逻辑与路径", titleDerived: false });
    expect(after.authors).toEqual([{ name: "某作者", institution: "某大学", role: null, affiliations: [{ institution: "某大学", role: null }] }]);
    expect(report.curated.filter((c) => c.field.startsWith("essay@"))).toEqual([
      { file: "003_d2341b081b58d95e.txt", field: "essay@1.title", value: "新质生产力赋能基层治理现代化的逻辑与路径", why: "test: a curator found the title page" },
      { file: "003_d2341b081b58d95e.txt", field: "essay@1.authors", value: "某作者 某大学", why: "test: a curator found the title page" },
    ]);
  });

  it("warn about a correction for an essay that does not start on the given line", () => {
    const dir = join(work, "seeds");
    const metadata = loadMetadata(join(dir, "metadata.json"));
    metadata.essays.push({ file: "003_d2341b081b58d95e.txt", line: 2, title: "题", why: "test" });
    const { report } = buildCorpus(dir, metadata);
    expect(report.warnings).toContainEqual({ file: "003_d2341b081b58d95e.txt", line: 2, message: "metadata.json corrects an essay that does not start on this line" });
  });
});
