import type { SearchHit, SearchResponse, SortOrder } from "../search/engine";
import { essayUrl, paragraphUrl } from "./urls";
import type { Essay, Paragraph } from "../types";

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

/** One search result as the API gives it. `highlights` are [start, end) UTF-16 offsets into `text`. */
export interface SearchResultJson {
  id: string;
  text: string;
  highlights: [number, number][];
  paragraph: number;
  kind: Paragraph["kind"];
  url: string;
  score: number;
  essay: Pick<EssaySummaryJson, "id" | "title" | "displayTitle" | "authors" | "source">;
}

export interface SearchJson {
  query: string;
  total: number;
  offset: number;
  limit: number;
  sort: SortOrder;
  results: SearchResultJson[];
  facets: SearchResponse["facets"];
  /** For a query with no result: other queries that have results. Never mixed into `results`. */
  suggestions: SearchResponse["suggestions"];
  /** Parts of the query that were ignored (a lone -, a dangling OR, punctuation only). */
  ignored: string[];
}

/** A search response as JSON. */
export function toSearchJson(request: { query: string; offset: number; limit: number; sort: SortOrder }, response: SearchResponse): SearchJson {
  return {
    query: request.query,
    total: response.total,
    offset: request.offset,
    limit: request.limit,
    sort: request.sort,
    results: response.hits.map((hit) => ({
      id: hit.paragraph.id,
      text: hit.paragraph.text,
      highlights: hit.highlights,
      paragraph: hit.paragraph.n,
      kind: hit.paragraph.kind,
      url: resultUrl(hit),
      score: hit.score,
      essay: {
        id: hit.essay.id,
        title: hit.essay.title,
        displayTitle: hit.essay.displayTitle,
        authors: hit.essay.authors.map(({ name, institution, role }) => ({ name, institution, role })),
        source: { file: hit.essay.source.file, label: hit.essay.source.label },
      },
    })),
    facets: response.facets,
    suggestions: response.suggestions,
    ignored: response.parsed.ignored,
  };
}

/** The deep link of a result: the paragraph in its essay, highlighting the strings that matched (as they are printed there). */
export function resultUrl(hit: SearchHit): string {
  const printed = [...new Set(hit.highlights.map(([s, e]) => hit.paragraph.text.slice(s, e)))].slice(0, 5);
  return paragraphUrl(hit.essay.id, hit.paragraph.n, printed);
}
