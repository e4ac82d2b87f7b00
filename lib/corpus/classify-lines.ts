import { bracketDepth } from "../text/patterns";
import type { IngestWarning, RemovedText } from "../types";

/**
 * First pass over a source: what each line is. Structural lines (titles,
 * bylines, markers, author notes, layout noise) are recognised by their form
 * alone; everything else is prose, to be rejoined into paragraphs by `reflow`.
 */

export type LineKind =
  | "blank"
  | "noise"
  | "md-title"
  | "md-heading"
  | "byline"
  | "summary-marker"
  | "abstract-start"
  | "note"
  | "prose";

export interface ClassifiedLine {
  kind: LineKind;
  /** First 1-based source line. */
  no: number;
  /** Last 1-based source line (an author note may run over several). */
  last: number;
  /** The line as read, trailing whitespace included (it can mark a paragraph end). */
  raw: string;
  /** The content: without `#`, without the byline mark, after an abstract label; a note whole. */
  text: string;
  /** Heading depth of a markdown heading (`##` → 1). */
  level?: number;
  /** Printed label of an abstract line (摘要, Abstract, 关键词). */
  label?: string;
  lang?: "en";
}

/** `# 标题` is an essay title, `## 小标题` a section heading. */
const MARKDOWN_HEADING = /^\s*(#{1,6})\s*(.*?)\s*#*\s*$/u;

/** A byline: the square mark newspapers print before an author's name, with or without a space. */
const BYLINE = /^\s*([■□])\s*(\S.*?)\s*$/u;

/** The label of a pull-out summary box, letter-spaced as printed (阅 读 提 要). */
const SUMMARY_MARKER = /^\s*(?:阅\s*读\s*提\s*要|内\s*容\s*提\s*要|核\s*心\s*提\s*示)\s*$/u;

/** A journal abstract or keyword label at the start of a line: [摘  要], 【关键词】, [Abstract], [Key words]. */
const ABSTRACT_LABEL = /^\s*([[【])\s*(摘\s*要|关\s*键\s*词|Abstract|Key\s*words)\s*([\]】])\s*/iu;

/** Layout noise: a row of single digits (`0 0 0 0 0`) or a bare page number. */
const LAYOUT_NOISE = /^\s*(?:(?:\d\s+){2,}\d|\d{1,4})\s*$/u;

/** The start of an author note: （作者系… (作者为… (作者单位:… （第一作者系… */
const NOTE_START_SOURCE = String.raw`[（(]\s*(?:第[一二三四五六七八九十]+)?作者`;
const NOTE_AT_LINE_START = new RegExp(`^\\s*${NOTE_START_SOURCE}`, "u");
/** An author note that closes a prose line: …空间。（作者系…） */
const NOTE_INLINE = new RegExp(`${NOTE_START_SOURCE}(?:单位)?\\s*(?:系|为|是|[:：])`, "gu");

/** How many further lines an unclosed author note may run over before it is taken as unclosed. */
const NOTE_MAX_CONTINUATION_LINES = 4;

export interface ClassifyResult {
  lines: ClassifiedLine[];
  removed: RemovedText[];
  warnings: IngestWarning[];
}

/**
 * Classifies every line of a decoded source. Markers and noise that carry no
 * reading text are listed in `removed`; an author note that runs over several
 * lines (even across a noise line) becomes one `note` line.
 *
 * @example classifyLines("a.txt", ["■陈运平"]).lines[0] // { kind: "byline", text: "陈运平", … }
 */
export function classifyLines(file: string, rawLines: readonly string[]): ClassifyResult {
  const out: ClassifiedLine[] = [];
  const removed: RemovedText[] = [];
  const warnings: IngestWarning[] = [];
  const remove = (line: number, kind: RemovedText["kind"], text: string) => removed.push({ file, line, kind, text });

  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i]!;
    const no = i + 1;
    const base = { no, last: no, raw };

    if (raw.trim() === "") {
      out.push({ ...base, kind: "blank", text: "" });
      continue;
    }
    if (LAYOUT_NOISE.test(raw)) {
      out.push({ ...base, kind: "noise", text: raw.trim() });
      remove(no, "noise", raw.trim());
      continue;
    }
    const md = MARKDOWN_HEADING.exec(raw);
    if (md && md[2] !== "") {
      const hashes = md[1]!;
      remove(no, "markup", hashes);
      out.push(
        hashes.length === 1
          ? { ...base, kind: "md-title", text: md[2]! }
          : { ...base, kind: "md-heading", text: md[2]!, level: hashes.length - 1 },
      );
      continue;
    }
    const byline = BYLINE.exec(raw);
    if (byline) {
      remove(no, "markup", byline[1]!);
      out.push({ ...base, kind: "byline", text: byline[2]! });
      continue;
    }
    if (SUMMARY_MARKER.test(raw)) {
      remove(no, "marker", raw.trim());
      out.push({ ...base, kind: "summary-marker", text: "" });
      continue;
    }
    const label = ABSTRACT_LABEL.exec(raw);
    if (label) {
      remove(no, "marker", label[0].trim());
      const name = label[2]!.replace(/\s+/gu, " ");
      const english = /^[a-z]/iu.test(name);
      out.push({
        ...base,
        kind: "abstract-start",
        text: raw.slice(label[0].length),
        label: english ? name : name.replace(/\s/gu, ""),
        ...(english ? { lang: "en" as const } : {}),
      });
      continue;
    }
    if (NOTE_AT_LINE_START.test(raw)) {
      i = readNote(file, rawLines, i, out, remove, warnings);
      continue;
    }
    out.push(...splitInlineNote({ ...base, kind: "prose", text: raw }));
  }
  return { lines: out, removed, warnings };
}

/** Reads an author note starting at index `start`, following it over line breaks until its brackets close. Returns the index of its last line. */
function readNote(
  file: string,
  rawLines: readonly string[],
  start: number,
  out: ClassifiedLine[],
  remove: (line: number, kind: RemovedText["kind"], text: string) => void,
  warnings: IngestWarning[],
): number {
  const first = rawLines[start]!;
  let text = first.trim();
  let end = start;
  const noise: number[] = [];
  let taken = 0;
  for (let j = start + 1; bracketDepth(text) > 0 && j < rawLines.length && taken < NOTE_MAX_CONTINUATION_LINES; j++) {
    const next = rawLines[j]!;
    if (next.trim() === "") continue;
    if (LAYOUT_NOISE.test(next)) {
      noise.push(j);
      continue;
    }
    text += next.trim();
    end = j;
    taken++;
  }
  if (bracketDepth(text) !== 0) {
    warnings.push({ file, line: start + 1, message: "author note is not closed; read as one line" });
    out.push({ kind: "note", no: start + 1, last: start + 1, raw: first, text: first.trim() });
    return start;
  }
  for (const j of noise.filter((n) => n < end)) remove(j + 1, "noise", rawLines[j]!.trim());
  // Blank and noise lines inside the note are consumed with it; the noise is listed as removed above.
  out.push({ kind: "note", no: start + 1, last: end + 1, raw: first, text });
  return end;
}

/** Splits `…正文。（作者系…）` into the prose and the note, when the note closes the line. */
function splitInlineNote(line: ClassifiedLine): ClassifiedLine[] {
  let at = -1;
  for (const m of line.text.matchAll(NOTE_INLINE)) at = m.index;
  if (at <= 0) return [line];
  const note = line.text.slice(at).trim();
  if (!/[）)]$/u.test(note) || bracketDepth(note) !== 0) return [line];
  return [
    { ...line, kind: "prose", text: line.text.slice(0, at), raw: line.text.slice(0, at) },
    { ...line, kind: "note", text: note, raw: note },
  ];
}
