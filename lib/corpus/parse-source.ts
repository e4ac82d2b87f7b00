import type { CollectionRef, Essay, IngestWarning, RemovedText, SourceEncoding, SourceRef } from "../types";
import { classifyLines } from "./classify-lines";
import { essayId, paragraphId } from "./ids";
import { decodeSource } from "./read-source";
import { detectLayout, reflow, type Layout } from "./reflow";
import { structureEssays } from "./structure";

/** One source file parsed into essays, with everything noticed on the way. */
export interface ParsedSource {
  file: string;
  encoding: SourceEncoding;
  layout: Layout;
  lineCount: number;
  /** The decoded text, lines joined by "\n", for the conservation check and the source page. */
  text: string;
  /** Essays in file order; `order` is filled in by the corpus builder. */
  essays: Essay[];
  warnings: IngestWarning[];
  removed: RemovedText[];
}

/**
 * Parses one source file: decode, classify lines, rejoin paragraphs, group
 * into essays, give ids. Throws `SourceReadError` for bytes that are not text.
 *
 * @example parseSource({ file: "a.txt", label: "a.txt" }, bytes).essays[0]?.title
 */
export function parseSource(source: SourceRef, bytes: Uint8Array): ParsedSource {
  const { file } = source;
  const decoded = decodeSource(file, bytes);
  const classified = classifyLines(file, decoded.lines);
  const layout = detectLayout(classified.lines);
  const blocks = reflow(classified.lines, layout);
  const structured = structureEssays(blocks);
  const warnings = [
    ...decoded.warnings,
    ...classified.warnings,
    ...structured.problems.map((p) => ({ file, line: p.line, message: p.message })),
  ].sort((a, b) => a.line - b.line);

  const ids = structured.essays.map((draft) => essayId(file, draft.displayTitle, draft.title, draft.blocks[0]?.text ?? ""));
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    if (count > 1) {
      ids[i] = `${id}-${count}`;
      warnings.push({ file, line: structured.essays[i]!.lines[0], message: `two essays with the same title in one file; id suffixed -${count}` });
    }
  });
  const ref = (i: number): CollectionRef => ({ id: ids[i]!, title: structured.essays[i]!.displayTitle });

  const essays = structured.essays.map((draft, i): Essay => {
    const id = ids[i]!;
    return {
      id,
      order: 0,
      title: draft.title,
      displayTitle: draft.displayTitle,
      titleDerived: draft.titleDerived,
      authors: draft.authors,
      byline: draft.byline,
      authorNote: draft.authorNote,
      source,
      collection: draft.bannerIndex === null ? null : ref(draft.bannerIndex),
      pieces: draft.isBanner
        ? structured.essays.flatMap((other, k) => (other.bannerIndex === i ? [ref(k)] : []))
        : [],
      lines: draft.lines,
      paragraphs: draft.blocks.map((b, k) => ({ id: paragraphId(id, k + 1), n: k + 1, ...b })),
    };
  });

  return {
    file,
    encoding: decoded.encoding,
    layout,
    lineCount: decoded.lines.length,
    text: decoded.lines.join("\n"),
    essays,
    warnings,
    removed: classified.removed,
  };
}
