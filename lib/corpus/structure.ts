import { countHan } from "../text/patterns";
import type { Author, Paragraph, SourceSpan } from "../types";
import { attributeAuthors } from "./authors";
import type { Block } from "./reflow";

/**
 * Third pass: groups a source's blocks into essays. An essay starts at a title,
 * at a byline, or at prose after a finished essay; it ends at its author note,
 * at a separator, or where the next one starts. Then the layouts newspapers
 * produce are resolved:
 * - a title and byline printed after the body, at the end of the file, belong to that body;
 * - a titled piece with no byline and no note, followed by untitled pieces, is a page banner
 *   with its editor's introduction, and the pieces are its collection;
 * - an untitled piece whose first heading was set into its text takes that heading as title;
 * - paragraphs after a summary-box label that repeat the essay's own sentences are the summary.
 */

/** A block of an essay before ids are given. */
export type DraftBlock = Omit<Paragraph, "id" | "n">;

/** An essay as found in one source, before ids are given. */
export interface DraftEssay {
  title: string | null;
  displayTitle: string;
  titleDerived: boolean;
  /** How the title was found, for the report. */
  titleFrom: "leading" | "trailing" | "embedded" | null;
  authors: Author[];
  byline: SourceSpan | null;
  authorNote: SourceSpan | null;
  lines: [number, number];
  blocks: DraftBlock[];
  /** Index (in this source's essays) of the banner this piece was printed under. */
  bannerIndex: number | null;
  isBanner: boolean;
}

export interface StructureResult {
  essays: DraftEssay[];
  /** Problems, each with the source line it concerns. */
  problems: { line: number; message: string }[];
}

type TitleBlock = Extract<Block, { kind: "title" }>;
type ContentBlock = Extract<Block, { kind: "para" | "heading" | "summary-marker" }>;

interface Piece {
  title: TitleBlock | null;
  titleFrom: DraftEssay["titleFrom"];
  byline: Extract<Block, { kind: "byline" }> | null;
  note: Extract<Block, { kind: "note" }> | null;
  content: ContentBlock[];
  closed: boolean;
  endedBy: "note" | "separator" | null;
}

/** How many of an untitled piece's first blocks may hold its title set into the text. */
const EMBEDDED_TITLE_WINDOW = 3;
/** A summary paragraph repeats at least this share of its sentences in the essay. */
const SUMMARY_REPEAT_SHARE = 0.5;
/** Sentences shorter than this (in Han characters) are too common to show a repeat. */
const SUMMARY_MIN_SENTENCE = 8;
/** A derived title is the opening clause when it is this long… */
const DERIVED_CLAUSE = { min: 6, max: 30 };
/** …or else the opening this many characters, with an ellipsis. */
const DERIVED_FALLBACK_LENGTH = 24;

/**
 * Groups blocks into essays.
 *
 * @example structureEssays(reflow(lines)).essays.map((e) => e.title)
 */
export function structureEssays(input: readonly Block[]): StructureResult {
  const problems: StructureResult["problems"] = [];
  const blocks = promoteTitles(input);
  const pieces: Piece[] = [];
  let cur: Piece | null = null;
  const start = (): Piece => {
    const piece: Piece = { title: null, titleFrom: null, byline: null, note: null, content: [], closed: false, endedBy: null };
    pieces.push(piece);
    return piece;
  };
  const fresh = (p: Piece | null): p is Piece => p !== null && !p.closed && p.content.length === 0;

  for (const b of blocks) {
    switch (b.kind) {
      case "title":
        cur = fresh(cur) && !cur.title && !cur.byline ? cur : start();
        cur.title = b;
        cur.titleFrom = "leading";
        break;
      case "byline":
        cur = fresh(cur) && !cur.byline ? cur : start();
        cur.byline = b;
        break;
      case "note":
        if (cur && !cur.closed) {
          cur.note = b;
          cur.closed = true;
          cur.endedBy = "note";
        } else if (cur && !cur.note) {
          cur.note = b;
        } else {
          problems.push({ line: b.lines[0], message: "author note with no essay before it; kept as an essay of its own" });
          cur = start();
          cur.note = b;
          cur.closed = true;
          cur.endedBy = "note";
        }
        break;
      case "separator":
        if (cur && cur.content.length > 0 && !cur.closed) {
          cur.closed = true;
          cur.endedBy = "separator";
        }
        break;
      default:
        if (!cur || cur.closed) cur = start();
        cur.content.push(b);
    }
  }

  attachTrailingTitles(pieces);
  const bannerOf = findCollections(pieces);
  for (const piece of pieces) takeEmbeddedTitle(piece);

  const essays = pieces.map((piece, i): DraftEssay => {
    const { authors, problems: attribution } = attributeAuthors(piece.byline?.text ?? null, piece.note?.text ?? null);
    const firstLine = firstLineOf(piece);
    attribution.forEach((message) => problems.push({ line: piece.note?.lines[0] ?? firstLine, message }));
    const { blocks: draft, problem } = toDraftBlocks(piece.content);
    if (problem) problems.push(problem);
    const isBanner = [...bannerOf.values()].includes(i);
    if (!piece.title) problems.push({ line: firstLine, message: "essay has no title in the text; display title derived from its opening" });
    if (!piece.byline && !piece.note && !isBanner) problems.push({ line: firstLine, message: "essay has no byline and no author note: author unknown" });
    if (draft.length === 0) problems.push({ line: firstLine, message: "essay has a title or byline but no text" });
    const derived = piece.title ? null : deriveTitle(draft);
    return {
      title: piece.title?.text ?? null,
      displayTitle: piece.title?.text ?? derived ?? "（无题）",
      titleDerived: !piece.title,
      titleFrom: piece.titleFrom,
      authors,
      byline: piece.byline ? { text: piece.byline.text, lines: piece.byline.lines } : null,
      authorNote: piece.note ? { text: piece.note.text, lines: piece.note.lines } : null,
      lines: [firstLine, lastLineOf(piece)],
      blocks: draft,
      bannerIndex: bannerOf.get(i) ?? null,
      isBanner,
    };
  });
  return { essays, problems };
}

/**
 * A plain heading becomes a title when a byline follows it, or when it opens
 * the file. Numbered and embedded headings never do.
 */
function promoteTitles(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  const firstContent = out.findIndex((b) => b.kind !== "separator");
  out.forEach((b, i) => {
    if (b.kind !== "heading" || b.numbered || b.embedded) return;
    const next = out[i + 1];
    if (next?.kind === "byline" || i === firstContent) {
      out[i] = { kind: "title", text: b.text, lines: b.lines, from: "plain" };
    }
  });
  return out;
}

/** A title (and byline) with no text after it, following an untitled piece, is that piece's title printed at its end. */
function attachTrailingTitles(pieces: Piece[]): void {
  for (let i = pieces.length - 1; i > 0; i--) {
    const piece = pieces[i]!;
    const before = pieces[i - 1]!;
    const headOnly = (piece.title || piece.byline) && piece.content.length === 0 && !piece.note;
    if (headOnly && !before.title && !before.byline && before.content.length > 0) {
      before.title = piece.title;
      before.titleFrom = piece.title ? "trailing" : null;
      before.byline = piece.byline;
      pieces.splice(i, 1);
    }
  }
}

/** Finds page banners and the pieces printed under them; returns piece index → banner index. */
function findCollections(pieces: readonly Piece[]): Map<number, number> {
  const bannerOf = new Map<number, number>();
  pieces.forEach((p, i) => {
    const isBanner = p.title && !p.byline && !p.note && p.endedBy === "separator" && p.content.length > 0 && pieces[i + 1] && !pieces[i + 1]!.title;
    if (!isBanner) return;
    for (let j = i + 1; j < pieces.length && !pieces[j]!.title; j++) bannerOf.set(j, i);
  });
  return bannerOf;
}

/** An untitled piece takes a heading set into its opening text as its title. */
function takeEmbeddedTitle(piece: Piece): void {
  if (piece.title) return;
  const window = piece.content.slice(0, EMBEDDED_TITLE_WINDOW);
  const at = window.findIndex((b, i) => b.kind === "heading" && !b.numbered && (b.embedded || i === 0));
  if (at < 0) return;
  const heading = piece.content[at] as Extract<Block, { kind: "heading" }>;
  piece.title = { kind: "title", text: heading.text, lines: heading.lines, from: "plain" };
  piece.titleFrom = "embedded";
  piece.content.splice(at, 1);
}

/** Converts content blocks to essay blocks, marking the summary box. */
function toDraftBlocks(content: readonly ContentBlock[]): { blocks: DraftBlock[]; problem?: { line: number; message: string } } {
  const blocks: DraftBlock[] = [];
  let problem: { line: number; message: string } | undefined;
  for (let i = 0; i < content.length; i++) {
    const b = content[i]!;
    if (b.kind === "summary-marker") {
      const rest = content.slice(i + 1);
      let taken = 0;
      while (taken < rest.length) {
        const candidate = rest[taken]!;
        if (candidate.kind !== "para" || !repeatsLater(candidate.text, rest.slice(taken + 1))) break;
        blocks.push({ kind: "summary", text: candidate.text, lines: candidate.lines });
        taken++;
      }
      if (taken === 0) problem = { line: b.lines[0], message: "summary-box label with no paragraph that repeats the essay; label dropped" };
      i += taken;
      continue;
    }
    if (b.kind === "heading") blocks.push({ kind: "heading", text: b.text, lines: b.lines, level: b.level });
    else if (b.abstract) {
      blocks.push({
        kind: "abstract",
        text: b.text,
        lines: b.lines,
        label: b.abstract.label,
        ...(b.abstract.lang ? { lang: b.abstract.lang } : {}),
      });
    } else blocks.push({ kind: "body", text: b.text, lines: b.lines });
  }
  return { blocks, ...(problem ? { problem } : {}) };
}

/** True when at least half of the paragraph's sentences occur again in the blocks after it. */
function repeatsLater(text: string, later: readonly ContentBlock[]): boolean {
  const haystack = later.map((b) => (b.kind === "summary-marker" ? "" : comparable(b.text))).join("\n");
  const sentences = text
    .split(/[。！？；!?;]/u)
    .map(comparable)
    .filter((s) => countHan(s) >= SUMMARY_MIN_SENTENCE);
  if (sentences.length === 0) return false;
  const found = sentences.filter((s) => haystack.includes(s)).length;
  return found / sentences.length >= SUMMARY_REPEAT_SHARE;
}

/** Text with punctuation and spaces removed, for comparing sentences printed twice. */
function comparable(text: string): string {
  return text.replace(/[\p{P}\p{S}\s]/gu, "");
}

/**
 * A display title for an untitled essay: the opening clause of its first
 * abstract, summary or body paragraph when that reads as a title, else its
 * opening characters with an ellipsis.
 */
export function deriveTitle(blocks: readonly DraftBlock[]): string | null {
  const first = blocks.find((b) => b.kind !== "heading" && b.lang !== "en") ?? blocks[0];
  if (!first) return null;
  const clause = first.text.split(/[，。；：！？,;:!?]/u)[0]!.trim();
  const length = [...clause].length;
  if (length >= DERIVED_CLAUSE.min && length <= DERIVED_CLAUSE.max) return clause;
  const chars = [...first.text];
  return chars.length <= DERIVED_FALLBACK_LENGTH ? first.text : `${chars.slice(0, DERIVED_FALLBACK_LENGTH).join("")}…`;
}

function firstLineOf(piece: Piece): number {
  const starts = [piece.title?.lines[0], piece.byline?.lines[0], piece.content[0]?.lines[0], piece.note?.lines[0]];
  return Math.min(...starts.filter((n): n is number => n !== undefined));
}

function lastLineOf(piece: Piece): number {
  const ends = [piece.title?.lines[1], piece.byline?.lines[1], ...piece.content.map((b) => b.lines[1]), piece.note?.lines[1]];
  return Math.max(...ends.filter((n): n is number => n !== undefined));
}
