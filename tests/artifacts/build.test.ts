import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { IngestReport } from "@/lib/types";

/**
 * `npm run index` on sources that are odd or broken, run as the real script
 * in a child process: odd input is indexed with a warning naming file and
 * line, unreadable input stops the build with exit 1 and a message naming the
 * file, and the previous output is left as it was.
 */

const work = mkdtempSync(join(tmpdir(), "build-script-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runIndex(seeds: string, out: string) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/build-index.ts", "--seeds", seeds, "--out", out, "--json"], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function seedsWith(name: string, files: Record<string, Uint8Array | string>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

const GOOD = "# 标题\n\n■作者\n\n正文第一段。\n";
/** "# 标题\n\n■张三\n\n正文。" in GBK. */
const GBK = Uint8Array.from([0x23, 0x20, 0xb1, 0xea, 0xcc, 0xe2, 0x0a, 0x0a, 0xa1, 0xf6, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a, 0x0a, 0xd5, 0xfd, 0xce, 0xc4, 0xa1, 0xa3]);

describe("npm run index on odd sources", () => {
  const seeds = seedsWith("odd", {
    "a-empty.txt": "",
    "b-gbk.txt": GBK,
    "c-bom.txt": Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(GOOD)]),
    "d-crlf.txt": GOOD.replaceAll("\n", "\r\n"),
    "e-untitled.txt": "\n\n只有正文，没有标题也没有署名。\n",
    "user-dict.utf8": "新质生产力\n",
  });
  const out = join(work, "odd-out");
  const result = runIndex(seeds, out);
  const report = JSON.parse(result.stdout) as IngestReport;
  const warningsFor = (file: string) => report.warnings.filter((w) => w.file === file).map((w) => [w.line, w.message]);

  it("exits 0 and indexes every file that is text", () => {
    expect(result.status).toBe(0);
    expect(report.sources.map((s) => [s.file, s.essayIds.length])).toEqual([
      ["a-empty.txt", 0],
      ["b-gbk.txt", 1],
      ["c-bom.txt", 1],
      ["d-crlf.txt", 1],
      ["e-untitled.txt", 1],
    ]);
    expect(existsSync(join(out, "corpus.json"))).toBe(true);
    expect(existsSync(join(out, "index", "manifest.json"))).toBe(true);
    expect(existsSync(join(out, "forms.json"))).toBe(true);
  });

  it.each([
    ["a-empty.txt", [0, "file is empty: no essays"]],
    ["b-gbk.txt", [1, "file is not UTF-8; decoded as GBK/GB18030 (convert it to UTF-8)"]],
    ["c-bom.txt", [1, "byte-order mark at the start of the file removed"]],
    ["d-crlf.txt", [1, "CRLF or CR line ends normalised to LF"]],
    ["e-untitled.txt", [3, "essay has no title in the text; display title derived from its opening"]],
    ["e-untitled.txt", [3, "essay has no byline and no author note: author unknown"]],
  ])("warns about %s with file and line", (file, warning) => {
    expect(warningsFor(file)).toContainEqual(warning);
  });

  it("reads the GBK, BOM and CRLF files into the same essay as a clean UTF-8 file would give", () => {
    const corpus = JSON.parse(readFileSync(join(out, "corpus.json"), "utf8"));
    const texts = corpus.essays.map((e: { source: { file: string }; title: string; paragraphs: { text: string }[] }) => [e.source.file, e.title, e.paragraphs.map((p) => p.text)]);
    expect(texts).toContainEqual(["b-gbk.txt", "标题", ["正文。"]]);
    expect(texts).toContainEqual(["c-bom.txt", "标题", ["正文第一段。"]]);
    expect(texts).toContainEqual(["d-crlf.txt", "标题", ["正文第一段。"]]);
  });

  it("marks every generated file as generated", () => {
    expect(readFileSync(join(out, "README.txt"), "utf8")).toContain("do not edit");
    expect(JSON.parse(readFileSync(join(out, "corpus.json"), "utf8")).$comment).toContain("do not edit");
  });
});

describe("npm run index on a source that is not text", () => {
  it("exits 1 naming every such file, and leaves the previous output untouched", () => {
    const seeds = seedsWith("binary", {
      "good.txt": GOOD,
      "image.txt": Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
      "latin1.txt": Uint8Array.from([0x80, 0xff, 0xfe, 0x81, 0x30]),
    });
    const out = join(work, "binary-out");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "corpus.json"), "previous build");
    const result = runIndex(seeds, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("image.txt: contains NUL bytes: this is not a text file");
    expect(result.stderr).toContain("latin1.txt: is neither UTF-8 nor GBK/GB18030 text");
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(readFileSync(join(out, "corpus.json"), "utf8")).toBe("previous build");
  });

  it("exits 1 naming a malformed metadata file", () => {
    const seeds = seedsWith("bad-metadata", { "good.txt": GOOD, "metadata.json": '{"sources": {"good.txt": {"label": "好"}}}' });
    const result = runIndex(seeds, join(work, "bad-metadata-out"));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('metadata.json: sources["good.txt"].why must be a non-empty string');
  });

  it.each([
    ["not JSON", "{", "anchors.json: not valid JSON"],
    ["an id that moves to nothing", JSON.stringify({ version: 1, essays: [{ id: "a", status: "moved", to: "b", title: "甲", file: "x.txt" }], paragraphs: [] }), 'anchors.json: essays[0].to: "b" is not an essay of the ledger'],
  ])("exits 1 naming a malformed anchor ledger (%s), and writes nothing", (_case, ledger, message) => {
    const seeds = seedsWith(`bad-ledger-${ledger.length}`, { "good.txt": GOOD, "anchors.json": ledger });
    const out = join(work, `bad-ledger-out-${ledger.length}`);
    const result = runIndex(seeds, out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(readFileSync(join(seeds, "anchors.json"), "utf8")).toBe(ledger);
    expect(() => readFileSync(join(out, "corpus.json"))).toThrow();
  });

  it("writes the anchor ledger beside the seeds, and a second build leaves it byte-identical", () => {
    const seeds = seedsWith("ledger", { "good.txt": GOOD });
    expect(runIndex(seeds, join(work, "ledger-out")).status).toBe(0);
    const first = readFileSync(join(seeds, "anchors.json"), "utf8");
    expect(first).toContain('"status":"live"');
    expect(runIndex(seeds, join(work, "ledger-out")).status).toBe(0);
    expect(readFileSync(join(seeds, "anchors.json"), "utf8")).toBe(first);
  });
});
