import { essayUrl } from "./site";
import type { Essay, Paragraph } from "./types";

/**
 * The JSON contract of `/api/essays` and `/api/essays/<id>`: what outside
 * scripts and the later pages rely on. Essays are converted here, once, so
 * routes stay one line.
 */

/** An author as the API gives it. */
export interface AuthorJson {
  name: string | null;
  institution: string | null;
  role: string | null;
}

/** One essay in the list. `paragraphs` is the number of blocks (headings, summary and abstract included). */
export interface EssaySummaryJson {
  id: string;
  title: string | null;
  displayTitle: string;
  titleDerived: boolean;
  authors: AuthorJson[];
  source: { file: string; label: string };
  collection: { id: string; title: string } | null;
  paragraphs: number;
  url: string;
}

/** One essay in full: the summary fields, with `paragraphs` as the blocks themselves. */
export interface EssayDetailJson extends Omit<EssaySummaryJson, "paragraphs"> {
  paragraphs: Pick<Paragraph, "id" | "n" | "kind" | "text" | "lines" | "level" | "lang" | "label">[];
  pieces: { id: string; title: string }[];
  byline: string | null;
  authorNote: string | null;
  lines: [number, number];
}

/** An essay as a list entry. */
export function toEssaySummary(essay: Essay): EssaySummaryJson {
  return {
    id: essay.id,
    title: essay.title,
    displayTitle: essay.displayTitle,
    titleDerived: essay.titleDerived,
    authors: essay.authors.map(({ name, institution, role }) => ({ name, institution, role })),
    source: { file: essay.source.file, label: essay.source.label },
    collection: essay.collection,
    paragraphs: essay.paragraphs.length,
    url: essayUrl(essay.id),
  };
}

/** An essay with all its blocks. */
export function toEssayDetail(essay: Essay): EssayDetailJson {
  return {
    ...toEssaySummary(essay),
    paragraphs: essay.paragraphs.map(({ id, n, kind, text, lines, level, lang, label }) => ({
      id,
      n,
      kind,
      text,
      lines,
      ...(level !== undefined ? { level } : {}),
      ...(lang !== undefined ? { lang } : {}),
      ...(label !== undefined ? { label } : {}),
    })),
    pieces: essay.pieces,
    byline: essay.byline?.text ?? null,
    authorNote: essay.authorNote?.text ?? null,
    lines: essay.lines,
  };
}
