import { describe, expect, it } from "vitest";
import { decodeSource, SourceReadError } from "@/lib/corpus/read-source";

const utf8 = (s: string) => new TextEncoder().encode(s);
/** "第一行\n新质生产力" encoded as GBK. */
const GBK_TEXT = [181, 218, 210, 187, 208, 208, 10, 208, 194, 214, 202, 201, 250, 178, 250, 193, 166];

describe("decodeSource", () => {
  it("reads plain UTF-8 without warnings", () => {
    const decoded = decodeSource("a.txt", utf8("标题\n正文"));
    expect(decoded).toEqual({ lines: ["标题", "正文"], encoding: "utf-8", warnings: [] });
  });

  it.each([
    ["a UTF-8 byte-order mark", [0xef, 0xbb, 0xbf, ...utf8("标题\n正文")], ["标题", "正文"], "utf-8", [1, "byte-order mark"]],
    ["CRLF line ends", [...utf8("标题\r\n正文\r\n")], ["标题", "正文", ""], "utf-8", [1, "CRLF"]],
    ["CR line ends from line 2 on", [...utf8("标题\n正文\r第三行")], ["标题", "正文", "第三行"], "utf-8", [2, "CRLF"]],
    ["GBK text", GBK_TEXT, ["第一行", "新质生产力"], "gb18030", [1, "not UTF-8"]],
    ["UTF-16LE with a BOM", [0xff, 0xfe, ...Buffer.from("标题\n", "utf16le")], ["标题", ""], "utf-16le", [1, "UTF-16"]],
    ["stray control characters", [...utf8("标\u0007题\n正文")], ["标 题", "正文"], "utf-8", [1, "control characters"]],
    ["an empty file", [], [""], "utf-8", [0, "empty"]],
    ["a file of blank lines", [...utf8("\n  \n")], ["", "  ", ""], "utf-8", [0, "empty"]],
  ] as const)("reads %s, with a warning naming the line", (_case, bytes, lines, encoding, [line, words]) => {
    const decoded = decodeSource("bad.txt", Uint8Array.from(bytes));
    expect(decoded.lines).toEqual(lines);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings).toHaveLength(1);
    expect(decoded.warnings[0]).toMatchObject({ file: "bad.txt", line });
    expect(decoded.warnings[0]!.message).toContain(words);
  });

  it.each([
    ["binary with NUL bytes", [0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]],
    ["bytes that are neither UTF-8 nor GB18030", [0x80, 0xff, 0xfe, 0x81, 0x30]],
  ])("refuses %s with an error naming the file", (_case, bytes) => {
    expect(() => decodeSource("image.txt", Uint8Array.from(bytes))).toThrow(SourceReadError);
    expect(() => decodeSource("image.txt", Uint8Array.from(bytes))).toThrow(/^image\.txt: /u);
  });
});
