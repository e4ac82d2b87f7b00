import { cleanHeading, cleanParagraph, collapseSpaces, joinBroken } from "../text/clean";
import {
  HAN,
  LATIN_LETTER,
  NON_HEADING_END,
  endsWithTerminal,
  isCjkLike,
  isLatinDominant,
  visibleWidth,
} from "../text/patterns";
import type { ClassifiedLine } from "./classify-lines";

/**
 * Second pass: rejoins prose lines that page, column or line breaks cut
 * apart, and turns the classified lines into blocks (titles, headings,
 * bylines, notes, paragraphs, separators) with the source lines each came from.
 *
 * Sources come in three layouts, told apart by `detectLayout`:
 * - `normal`: one line per paragraph; a paragraph cut by a page break ends
 *   without terminal punctuation and continues on the next line.
 * - `hard-wrapped`: a line every ~30 characters (a journal PDF); a paragraph
 *   ends on a short line, on terminal punctuation followed by trailing
 *   whitespace, or before an indented line.
 * - `column`: newspaper columns extracted as long lines with a space at every
 *   column line end (经 济社会发展); each column line is taken apart again and
 *   read like hard-wrapped text, where the two-character paragraph indent shows
 *   as a shorter column line.
 */

export type Layout = "normal" | "hard-wrapped" | "column";

export type Block =
  | { kind: "title"; text: string; lines: [number, number]; from: "markdown" | "plain" }
  | { kind: "heading"; text: string; lines: [number, number]; level: number; numbered: boolean; embedded: boolean }
  | { kind: "byline"; text: string; lines: [number, number] }
  | { kind: "summary-marker"; lines: [number, number] }
  | { kind: "note"; text: string; lines: [number, number] }
  | { kind: "para"; text: string; lines: [number, number]; abstract?: { label: string; lang?: "en" } }
  | { kind: "separator"; lines: [number, number] };

/** Chinese paragraphs start with a two-character indent, so a paragraph's first line is that much shorter. */
const PARAGRAPH_INDENT = 2;
/** In hard-wrapped text, a line shorter than this share of the usual line width ends its paragraph. */
const HARD_WRAP_SHORT_RATIO = 0.85;
/** In column text, a column line this many characters short of the usual width ends its paragraph… */
const COLUMN_SHORT_BY = 3;
/** …or, if it ends in terminal punctuation, this many (typesetters squeeze punctuation at the margin). */
const COLUMN_SHORT_TERMINAL_BY = 2;
/** A heading or title is at most this many characters (numbered headings may be longer). */
const HEADING_MAX_WIDTH = 40;
const NUMBERED_HEADING_MAX_WIDTH = 60;
/** Two or more blank lines in a row separate pieces on a newspaper page. */
const SEPARATOR_BLANK_LINES = 2;
/** A numbered section heading: `1 引言`, `1.1理念…`, but not `1月31日` or `2023年`. */
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,3})\s*(?![年月日号时%])(?=\p{Script=Han})/u;

/** A piece of a prose line as printed: a whole line, or one column line of a column-extracted line. */
interface VisualLine {
  text: string;
  no: number;
  width: number;
  /** The usual width of lines around this one. */
  full: number;
  leadWs: boolean;
  trailWs: boolean;
  latin: boolean;
  firstOfLine: boolean;
  lastOfLine: boolean;
}

/**
 * Decides the layout of a source from its prose lines.
 *
 * @example detectLayout(classified) // "column" for a newspaper page extracted column by column
 */
export function detectLayout(lines: readonly ClassifiedLine[]): Layout {
  const prose = lines.filter((l) => l.kind === "prose");
  if (prose.length === 0) return "normal";
  const withGaps = prose.filter((l) => columnGaps(l.text) >= 1).length;
  if (withGaps / prose.length >= 0.3) return "column";
  const han = prose.filter((l) => !isLatinDominant(l.text));
  if (han.length >= 6) {
    const unfinished = han.filter((l) => !endsWithTerminal(l.text)).length;
    if (median(han.map((l) => visibleWidth(l.text))) <= 60 && unfinished / han.length >= 0.5) return "hard-wrapped";
  }
  return "normal";
}

/**
 * Rejoins prose and returns the blocks of a source in reading order.
 *
 * @example reflow(classifyLines(file, lines).lines).blocks
 */
export function reflow(lines: readonly ClassifiedLine[], layout: Layout = detectLayout(lines)): Block[] {
  const visual = measureLines(lines, layout);
  const blocks: Block[] = [];
  let open: { block: Extract<Block, { kind: "para" }>; parts: VisualLine[] } | null = null;
  let blankRun = 0;
  let seenContent = false;

  const close = () => {
    if (open) open.block.text = cleanParagraph(open.block.text);
    open = null;
  };
  const openEnded = (): boolean => {
    if (!open) return true;
    const last = open.parts[open.parts.length - 1]!;
    return layout === "normal" ? endsWithTerminal(last.text) : endsParagraph(last, open.parts.length === 1, layout);
  };
  const push = (block: Block) => {
    close();
    blocks.push(block);
  };

  for (const line of lines) {
    if (line.kind === "blank") {
      blankRun++;
      continue;
    }
    if (line.kind === "noise") {
      // Noise stands where text stood: the blank lines around it are one gap, not a separator.
      blankRun = 0;
      continue;
    }
    if (seenContent && blankRun >= SEPARATOR_BLANK_LINES) push({ kind: "separator", lines: [line.no - blankRun, line.no - 1] });
    blankRun = 0;
    seenContent = true;
    const span: [number, number] = [line.no, line.last];

    switch (line.kind) {
      case "md-title":
        push({ kind: "title", text: cleanHeading(line.text), lines: span, from: "markdown" });
        continue;
      case "md-heading":
        push({ kind: "heading", text: cleanHeading(line.text), lines: span, level: line.level ?? 1, numbered: false, embedded: false });
        continue;
      case "byline":
        push({ kind: "byline", text: collapseSpaces(line.text), lines: span });
        continue;
      case "summary-marker":
        push({ kind: "summary-marker", lines: span });
        continue;
      case "note":
        push({ kind: "note", text: cleanParagraph(line.text), lines: span });
        continue;
      case "abstract-start": {
        close();
        const block: Extract<Block, { kind: "para" }> = {
          kind: "para",
          text: "",
          lines: span,
          abstract: { label: line.label ?? "", ...(line.lang ? { lang: line.lang } : {}) },
        };
        blocks.push(block);
        const parts = visual.get(line) ?? [];
        block.text = parts.map((p) => p.text).reduce(joinBroken, "");
        open = { block, parts };
        if (parts.length === 0) close();
        continue;
      }
      case "prose":
        break;
    }

    // A short unpunctuated line standing on its own is a heading. In column
    // layout it may stand inside a paragraph (a piece's title set into the
    // column); the paragraph then continues after it.
    if (layout !== "hard-wrapped" && isHeadingLike(line.text) && (layout === "column" ? columnGaps(line.text) === 0 : openEnded())) {
      const heading = headingBlock(line.text, span, false);
      if (layout === "column" && open && !openEnded()) {
        heading.embedded = true;
        blocks.splice(blocks.indexOf(open.block), 0, heading);
      } else push(heading);
      continue;
    }

    for (const part of visual.get(line) ?? []) {
      if (open && open.parts.length > 0 && continues(open.parts[open.parts.length - 1]!, open.parts.length === 1, part, layout)) {
        open.block.text = joinBroken(open.block.text, part.text);
        open.block.lines[1] = part.no;
        open.parts.push(part);
      } else {
        close();
        const block: Extract<Block, { kind: "para" }> = { kind: "para", text: part.text, lines: [part.no, part.no] };
        blocks.push(block);
        open = { block, parts: [part] };
      }
    }
  }
  close();
  return layout === "hard-wrapped" ? blocks.map(headingFromParagraph) : blocks.map(numberedFromParagraph);
}

/** True when `part` continues the paragraph whose last line is `prev`. */
function continues(prev: VisualLine, prevIsFirst: boolean, part: VisualLine, layout: Layout): boolean {
  if (layout === "normal") return !endsWithTerminal(prev.text);
  if (part.leadWs) return false;
  if (endsParagraph(prev, prevIsFirst, layout)) return false;
  if (layout === "column") {
    // A column line two characters short that does not end a sentence is a new
    // paragraph's indented first line. Within one extracted line a paragraph
    // can only end after a sentence; across lines (a page or column break) the
    // text before may have been lost, so the indent alone decides.
    const indented = !part.lastOfLine && part.width <= part.full - PARAGRAPH_INDENT && !endsWithTerminal(part.text);
    if (indented && (part.firstOfLine || endsWithTerminal(prev.text))) return false;
  }
  return true;
}

/** True when a visual line, by its width and ending, is the last line of its paragraph. */
function endsParagraph(line: VisualLine, isFirst: boolean, layout: Layout): boolean {
  const width = line.width + (isFirst ? PARAGRAPH_INDENT : 0);
  if (layout === "hard-wrapped") {
    if (width <= line.full * HARD_WRAP_SHORT_RATIO) return true;
    return endsWithTerminal(line.text) && line.trailWs && !line.latin;
  }
  if (width <= line.full - COLUMN_SHORT_BY) return true;
  return endsWithTerminal(line.text) && width <= line.full - COLUMN_SHORT_TERMINAL_BY;
}

/** Splits prose lines into visual lines and measures the usual width around each. */
function measureLines(lines: readonly ClassifiedLine[], layout: Layout): Map<ClassifiedLine, VisualLine[]> {
  const out = new Map<ClassifiedLine, VisualLine[]>();
  const prose = lines.filter((l) => l.kind === "prose" || l.kind === "abstract-start");
  const make = (l: ClassifiedLine, text: string, i: number, n: number): VisualLine => ({
    text: text.trim(),
    no: l.no,
    width: visibleWidth(text),
    full: Infinity,
    leadWs: i === 0 && /^\s/u.test(l.raw),
    trailWs: i === n - 1 && /\s$/u.test(l.raw),
    latin: isLatinDominant(text),
    firstOfLine: i === 0,
    lastOfLine: i === n - 1,
  });

  if (layout === "column") {
    const split = prose.map((l) => {
      const segments = splitColumns(l.text);
      return { l, parts: segments.map((s, i) => make(l, s, i, segments.length)) };
    });
    const allInner = split.flatMap(({ parts }) => parts.slice(0, -1).map((p) => p.width));
    const fileFull = allInner.length > 0 ? median(allInner) : median(split.flatMap(({ parts }) => parts.map((p) => p.width)));
    for (const { l, parts } of split) {
      const inner = parts.slice(0, -1).map((p) => p.width);
      const full = inner.length >= 3 ? median(inner) : fileFull;
      out.set(l, parts.map((p) => ({ ...p, full })));
    }
    return out;
  }

  const parts = prose.map((l) => ({ l, part: make(l, l.text, 0, 1) }));
  const fullHan = median(parts.filter((p) => !p.part.latin).map((p) => p.part.width));
  const fullLatin = median(parts.filter((p) => p.part.latin).map((p) => p.part.width));
  for (const { l, part } of parts) out.set(l, [{ ...part, full: part.latin ? fullLatin : fullHan }]);
  return out;
}

/** Number of whitespace runs that column extraction put between Chinese characters. */
function columnGaps(text: string): number {
  return splitColumns(text).length - 1;
}

/** Cuts a column-extracted line at the spaces between Chinese characters (not between Latin words). */
function splitColumns(text: string): string[] {
  const trimmed = text.trim();
  const out: string[] = [];
  let start = 0;
  for (const m of trimmed.matchAll(/\s+/gu)) {
    const before = [...trimmed.slice(0, m.index)].pop() ?? "";
    const after = [...trimmed.slice(m.index + m[0].length, m.index + m[0].length + 2)][0] ?? "";
    const gap = (HAN.test(before) || HAN.test(after)) && !LATIN_LETTER.test(before) && !LATIN_LETTER.test(after);
    if (gap && (isCjkLike(before) || isCjkLike(after))) {
      out.push(trimmed.slice(start, m.index));
      start = m.index + m[0].length;
    }
  }
  out.push(trimmed.slice(start));
  return out.filter((s) => s !== "");
}

/**
 * True for a line that reads as a heading or title: short, with Han in it, not
 * ending like a sentence or a fragment, no full stop inside, not a parenthesis.
 *
 * @example isHeadingLike("新质生产力是对解放和发展生产力的不懈探索") // true
 */
export function isHeadingLike(text: string, maxWidth = HEADING_MAX_WIDTH): boolean {
  const t = collapseSpaces(text);
  const width = visibleWidth(t);
  return (
    width >= 2 &&
    width <= maxWidth &&
    HAN.test(t) &&
    !NON_HEADING_END.test(t) &&
    !/[。]/u.test(t) &&
    !/^[（(]/u.test(t) &&
    !isLatinDominant(t)
  );
}

function headingBlock(text: string, lines: [number, number], embedded: boolean): Extract<Block, { kind: "heading" }> {
  const clean = cleanHeading(text);
  const numbered = NUMBERED_HEADING.exec(clean);
  return {
    kind: "heading",
    // One space after a section number, however it was printed: `1 引言`, `1.1 理念…`.
    text: numbered ? `${numbered[1]} ${clean.slice(numbered[0].length)}` : clean,
    lines,
    level: numbered ? numbered[1]!.split(".").length : 1,
    numbered: numbered !== null,
    embedded,
  };
}

/** In hard-wrapped text headings are only known after rejoining: a short unpunctuated paragraph is one. */
function headingFromParagraph(block: Block): Block {
  if (block.kind !== "para" || block.abstract) return block;
  const numbered = NUMBERED_HEADING.test(block.text);
  if (!isHeadingLike(block.text, numbered ? NUMBERED_HEADING_MAX_WIDTH : HEADING_MAX_WIDTH)) return block;
  return headingBlock(block.text, block.lines, false);
}

/** In other layouts a numbered heading may have been too long for a plain heading: `1.1…实现中华民族伟大复兴`. */
function numberedFromParagraph(block: Block): Block {
  if (block.kind !== "para" || block.abstract || !NUMBERED_HEADING.test(block.text)) return block;
  return isHeadingLike(block.text, NUMBERED_HEADING_MAX_WIDTH) ? headingBlock(block.text, block.lines, false) : block;
}

function median(values: number[]): number {
  if (values.length === 0) return Infinity;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
