import type { IngestWarning, SourceEncoding } from "../types";

/** Raised when a file cannot be read as text at all; the indexer prints it and exits non-zero. */
export class SourceReadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "SourceReadError";
  }
}

/** A source file decoded into lines, with what had to be repaired on the way. */
export interface DecodedSource {
  /** Lines without their line ends; `lines[0]` is line 1 of the file. */
  lines: string[];
  encoding: SourceEncoding;
  warnings: IngestWarning[];
}

/** C0 control characters other than tab, line feed and carriage return: never part of readable text. */
const STRAY_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/**
 * Decodes a source file's bytes. UTF-8 is expected; a byte-order mark, CRLF or
 * CR line ends, a UTF-16 file with a BOM, or a GBK/GB18030 file is read all
 * the same, with a warning naming file and line. Bytes that are not text in
 * any of these encodings raise a `SourceReadError`.
 *
 * @example decodeSource("a.txt", Buffer.from("\ufeff标题\r\n")).lines // ["标题", ""]
 */
export function decodeSource(file: string, bytes: Uint8Array): DecodedSource {
  const warnings: IngestWarning[] = [];
  const warn = (line: number, message: string) => warnings.push({ file, line, message });

  let encoding: SourceEncoding;
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = "utf-16le";
    text = decodeStrict(file, bytes.subarray(2), encoding);
    warn(1, "file is UTF-16 (little-endian); read as such, but sources should be UTF-8");
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = "utf-16be";
    text = decodeStrict(file, bytes.subarray(2), encoding);
    warn(1, "file is UTF-16 (big-endian); read as such, but sources should be UTF-8");
  } else {
    if (bytes.includes(0)) throw new SourceReadError(file, "contains NUL bytes: this is not a text file");
    let body = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      body = bytes.subarray(3);
      warn(1, "byte-order mark at the start of the file removed");
    }
    const utf8 = tryDecode(body, "utf-8");
    if (utf8 !== null) {
      encoding = "utf-8";
      text = utf8;
    } else {
      const gb = tryDecode(body, "gb18030");
      if (gb === null) throw new SourceReadError(file, "is neither UTF-8 nor GBK/GB18030 text");
      encoding = "gb18030";
      text = gb;
      warn(firstInvalidUtf8Line(body), "file is not UTF-8; decoded as GBK/GB18030 (convert it to UTF-8)");
    }
  }

  if (/\r/u.test(text)) {
    const firstLine = text.slice(0, text.search(/\r/u)).split("\n").length;
    warn(firstLine, "CRLF or CR line ends normalised to LF");
    text = text.replace(/\r\n?/gu, "\n");
  }

  const lines = text.split("\n");
  lines.forEach((line, i) => {
    const cleaned = line.replace(STRAY_CONTROL, " ");
    if (cleaned !== line) {
      warn(i + 1, "control characters replaced by spaces");
      lines[i] = cleaned;
    }
  });

  if (lines.every((line) => line.trim() === "")) warn(0, "file is empty: no essays");
  return { lines, encoding, warnings };
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeStrict(file: string, bytes: Uint8Array, label: SourceEncoding): string {
  const text = tryDecode(bytes, label);
  if (text === null) throw new SourceReadError(file, `has a ${label} byte-order mark but is not valid ${label}`);
  return text;
}

/** 1-based line of the first byte sequence that is not valid UTF-8, for the warning. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || tryDecode(bytes.subarray(i, i + len), "utf-8") === null) return line;
    if (b === 0x0a) line++;
    i += len;
  }
  return line;
}
