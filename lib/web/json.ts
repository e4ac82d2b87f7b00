import type { SearchResponse, SortOrder } from "../search/engine";
import type { KwicSort } from "../research/concordance";
import type { DistributionDimension, DistributionGroup } from "../research/distribution";
import type { DistributionResponse, KwicResponse } from "../research/research";
import type { RelatedParagraph } from "../browse/related";
import type { Author, Essay, Paragraph } from "../types";
import type { KwicParams } from "./params";
import { essayUrl, kwicLineUrl, paragraphUrl, resultUrl } from "./urls";

/**
 * The JSON contract of the API (`/api/essays`, `/api/search`, `/api/kwic`,
 * `/api/distribution`, `/api/related`): what outside scripts and the pages'
 * scripts rely on. App types are converted here, once, so routes stay one line.
 */

// ---------------------------------------------------------------------------
// Essays

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
  /** `formerIds`: the ids this paragraph's passage was published under before (present only when there are any). */
  paragraphs: Pick<Paragraph, "id" | "n" | "kind" | "text" | "lines" | "level" | "lang" | "label" | "formerIds">[];
  pieces: { id: string; title: string }[];
  byline: string | null;
  authorNote: string | null;
  lines: [number, number];
}

/** An essay as the results of a view name it. */
type EssayRef = Pick<EssaySummaryJson, "id" | "displayTitle" | "authors" | "source">;

/** The authors of an essay as the API gives them (no slugs or other record fields). */
function toAuthorsJson(authors: Author[]): AuthorJson[] {
  return authors.map(({ name, institution, role }) => ({ name, institution, role }));
}

function toSourceJson(essay: Essay): EssaySummaryJson["source"] {
  return { file: essay.source.file, label: essay.source.label };
}

function toEssayRef(essay: Essay): EssayRef {
  return { id: essay.id, displayTitle: essay.displayTitle, authors: toAuthorsJson(essay.authors), source: toSourceJson(essay) };
}

/**
 * An essay as a list entry.
 *
 * @example toEssaySummary(essay).url // "/essays/<id>"
 */
export function toEssaySummary(essay: Essay): EssaySummaryJson {
  return {
    id: essay.id,
    title: essay.title,
    displayTitle: essay.displayTitle,
    titleDerived: essay.titleDerived,
    authors: toAuthorsJson(essay.authors),
    source: toSourceJson(essay),
    collection: essay.collection,
    paragraphs: essay.paragraphs.length,
    url: essayUrl(essay.id),
  };
}

/**
 * An essay with all its blocks; optional fields of a block only when set.
 *
 * @example toEssayDetail(essay).paragraphs[0] // { id, n, kind, text, lines }
 */
export function toEssayDetail(essay: Essay): EssayDetailJson {
  return {
    ...toEssaySummary(essay),
    paragraphs: essay.paragraphs.map(({ id, n, kind, text, lines, level, lang, label, formerIds }) => ({
      id,
      n,
      kind,
      text,
      lines,
      ...(level !== undefined ? { level } : {}),
      ...(lang !== undefined ? { lang } : {}),
      ...(label !== undefined ? { label } : {}),
      ...(formerIds !== undefined ? { formerIds } : {}),
    })),
    pieces: essay.pieces,
    byline: essay.byline?.text ?? null,
    authorNote: essay.authorNote?.text ?? null,
    lines: essay.lines,
  };
}

// ---------------------------------------------------------------------------
// One paragraph by any id ever published (GET /api/paragraphs/<id>)

/** A paragraph found by an id ever published. `id` is its id now; `requested` the id asked for; `moved` whether they differ. */
export interface ParagraphJson {
  id: string;
  text: string;
  n: number;
  kind: Paragraph["kind"];
  url: string;
  essay: Pick<EssaySummaryJson, "id" | "title" | "displayTitle" | "authors" | "source">;
  requested: string;
  moved: boolean;
}

/** The answer for an id whose passage was removed: where to go instead. */
export interface GoneParagraphJson {
  error: string;
  status: 410;
  essay: { id: string; displayTitle: string; url: string } | null;
  nearest: { id: string; n: number; url: string } | null;
}

/**
 * A paragraph looked up by an id ever published (lib/browse/anchors.ts).
 *
 * @example toParagraphJson("abc-p6", { essay, paragraph }) // { id: "abc-p6", …, requested: "abc-p6", moved: false }
 */
export function toParagraphJson(requested: string, { essay, paragraph }: { essay: Essay; paragraph: Paragraph }): ParagraphJson {
  return {
    id: paragraph.id,
    text: paragraph.text,
    n: paragraph.n,
    kind: paragraph.kind,
    url: paragraphUrl(essay.id, paragraph.id),
    essay: {
      id: essay.id,
      title: essay.title,
      displayTitle: essay.displayTitle,
      authors: essay.authors.map(({ name, institution, role }) => ({ name, institution, role })),
      source: { file: essay.source.file, label: essay.source.label },
    },
    requested,
    moved: requested !== paragraph.id,
  };
}

/** The 410 body for a removed passage. */
export function toGoneParagraphJson(requested: string, essay: Essay | null, nearest: { essay: Essay; paragraph: Paragraph } | null): GoneParagraphJson {
  return {
    error: `paragraph ${requested} was removed in a revision of the corpus`,
    status: 410,
    essay: essay ? { id: essay.id, displayTitle: essay.displayTitle, url: essayUrl(essay.id) } : null,
    nearest: nearest ? { id: nearest.paragraph.id, n: nearest.paragraph.n, url: paragraphUrl(nearest.essay.id, nearest.paragraph.id) } : null,
  };
}

// ---------------------------------------------------------------------------
// Search

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

/**
 * A search response as JSON.
 *
 * @example toSearchJson({ query: "治理", offset: 0, limit: 20, sort: "relevance" }, engine.search(request)).total // 74
 */
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
        authors: toAuthorsJson(hit.essay.authors),
        source: toSourceJson(hit.essay),
      },
    })),
    facets: response.facets,
    suggestions: response.suggestions,
    ignored: response.parsed.ignored,
  };
}

// ---------------------------------------------------------------------------
// Concordance and distribution

/** One concordance line. `start`/`end` are UTF-16 offsets of the hit in the paragraph's text. */
export interface KwicLineJson {
  left: string;
  match: string;
  right: string;
  cutLeft: boolean;
  cutRight: boolean;
  term: string;
  paragraphId: string;
  paragraph: number;
  kind: Paragraph["kind"];
  start: number;
  end: number;
  url: string;
  essay: EssayRef;
}

export interface KwicJson {
  query: string;
  terms: string[];
  /** Occurrences in all pages. */
  total: number;
  /** Paragraphs with an occurrence. */
  paragraphs: number;
  sort: KwicSort;
  width: number;
  offset: number;
  limit: number;
  lines: KwicLineJson[];
  ignored: string[];
}

/**
 * One page of a concordance as JSON.
 *
 * @example toKwicJson(request, research.concordance(request)).lines[0]?.match // "治理"
 */
export function toKwicJson(request: KwicParams, response: KwicResponse): KwicJson {
  return {
    query: request.query,
    terms: response.terms.map((t) => t.text),
    total: response.total,
    paragraphs: response.paragraphs,
    sort: request.sort,
    width: request.width,
    offset: request.offset,
    limit: request.limit,
    lines: response.lines.map((line) => ({
      left: line.left,
      match: line.match,
      right: line.right,
      cutLeft: line.cutLeft,
      cutRight: line.cutRight,
      term: line.term,
      paragraphId: line.paragraph.id,
      paragraph: line.paragraph.n,
      kind: line.paragraph.kind,
      start: line.start,
      end: line.end,
      url: kwicLineUrl(line),
      essay: toEssayRef(line.essay),
    })),
    ignored: response.parsed.ignored,
  };
}

export interface DistributionJson {
  query: string;
  by: DistributionDimension;
  terms: string[];
  /** Occurrences of each term in the scope. */
  totals: number[];
  /** Characters in the scope (spaces and punctuation not counted). */
  characters: number;
  groups: DistributionGroup[];
  ignored: string[];
}

/**
 * A distribution as JSON.
 *
 * @example toDistributionJson({ query: "治理" }, research.distribution(request)).by // "essay"
 */
export function toDistributionJson(request: { query: string }, response: DistributionResponse): DistributionJson {
  return {
    query: request.query,
    by: response.by,
    terms: response.terms.map((t) => t.text),
    totals: response.totals,
    characters: response.characters,
    groups: response.groups,
    ignored: response.parsed.ignored,
  };
}

// ---------------------------------------------------------------------------
// Related paragraphs

/** What a page or the API shows of a related paragraph. */
export interface RelatedItem {
  id: string;
  /** The paragraph in its essay, with the first shared terms highlighted. */
  url: string;
  essayTitle: string;
  n: number;
  score: number;
  shared: string[];
  /** The opening of the paragraph. */
  preview: string;
  lang?: "en";
}

/** Characters of a related paragraph's opening shown. */
const PREVIEW = 70;

/** Shared terms highlighted in the paragraph a related item links to. */
const HIGHLIGHTED_SHARED = 3;

/**
 * Related paragraphs (from `relatedTo` in lib/browse/related.ts) as pages and the API show them.
 *
 * @example toRelatedItems(relatedTo("abc-p3"))[0]?.url // "/essays/def?hl=…#p7"
 */
export function toRelatedItems(related: RelatedParagraph[]): RelatedItem[] {
  return related.map(({ essay, paragraph, score, shared }) => {
    const text = [...paragraph.text];
    return {
      id: paragraph.id,
      url: paragraphUrl(essay.id, paragraph.id, shared.slice(0, HIGHLIGHTED_SHARED)),
      essayTitle: essay.displayTitle,
      n: paragraph.n,
      score,
      shared,
      preview: text.length > PREVIEW ? `${text.slice(0, PREVIEW).join("")}…` : paragraph.text,
      ...(paragraph.lang ? { lang: paragraph.lang } : {}),
    };
  });
}
