import { matchForm } from "../text/match-form";
import type { Catalog, Essay, Paragraph } from "../types";
import { BoundedCache } from "./bounded-cache";
import { ParagraphColumns } from "./columns";
import { FacetTables, type Facets } from "./facets";
import { findSpans, type Span } from "./highlight";
import { allIds, intersect, subtract, union, unionAll } from "./id-sets";
import type { BuiltIndex } from "./paragraph-index";
import { PostingLists } from "./postings";
import { FILTER_FIELDS, isEmptyQuery, parseQuery, type FilterField, type ParsedQuery } from "./query";
import { Scorer } from "./score";
import { suggestQueries } from "./suggestions";

/**
 * The search engine, assembled from its parts: exact matching on match forms
 * with candidates from the character-pair index (postings.ts), ranking
 * (score.ts), facets over the whole result set (facets.ts) and suggestions
 * for a query without results (suggestions.ts), all over the same columns
 * (columns.ts). Built once per process from the generated files (see
 * lib/server/services.ts); `search` is synchronous.
 */

export type SortOrder = "relevance" | "position";

export interface SearchRequest {
  query: string;
  /** Filters from URL parameters; they combine with filters written in the query. */
  filters?: Partial<Record<FilterField, string[]>>;
  offset?: number;
  limit?: number;
  sort?: SortOrder;
}

export interface SearchHit {
  essay: Essay;
  paragraph: Paragraph;
  score: number;
  /** Spans of `paragraph.text` to mark. */
  highlights: Span[];
}

export type { FacetValue } from "./facets";

export interface SearchResponse {
  parsed: ParsedQuery;
  total: number;
  hits: SearchHit[];
  facets: Facets;
  /** For a query with no result: queries that do have results, with their counts. Never mixed into `hits`. */
  suggestions: { query: string; total: number }[];
}

/** How many match forms keep their metadata matches between queries. */
const CACHE_SIZE = 2000;

const NO_FACETS: Facets = { authors: [], institutions: [], sources: [], themes: [] };

export class SearchEngine {
  /** The corpus as flat per-paragraph columns: what the research views read too. */
  readonly columns: ParagraphColumns;
  /** Authors, institutions, sources and themes of every paragraph. */
  readonly facets: FacetTables;
  private readonly postings: PostingLists;
  private readonly scorer: Scorer;
  /** Per match form: the paragraphs it matches including by author or institution. */
  private readonly metadataMatches = new BoundedCache<Uint32Array>(CACHE_SIZE);

  constructor(
    index: BuiltIndex,
    essays: readonly Essay[],
    private readonly catalog: Catalog,
    private readonly segment: (text: string) => string[],
    /** Match forms of the paragraphs in index order, when the build stored them (saves folding at start). */
    forms?: readonly string[],
  ) {
    this.columns = new ParagraphColumns(index.paragraphOrder, essays, forms);
    this.facets = new FacetTables(this.columns, catalog);
    this.postings = new PostingLists(index, this.columns.forms);
    this.scorer = new Scorer(this.columns, this.postings, segment);
  }

  /** Number of indexed paragraphs. */
  get size(): number {
    return this.columns.size;
  }

  /**
   * Runs a query.
   *
   * @example engine.search({ query: "新质生产力 -发展", limit: 10 }).total
   */
  search(request: SearchRequest): SearchResponse {
    const parsed = this.parse(request);
    if (isEmptyQuery(parsed)) return { parsed, total: 0, hits: [], facets: NO_FACETS, suggestions: [] };

    const matched = this.match(parsed);
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    const page = (request.sort ?? "relevance") === "relevance" ? this.scorer.top(matched, parsed, offset + limit) : { docs: matched.slice(0, offset + limit), scores: null };
    const positive = parsed.groups.flat().map((u) => u.form);
    const hits: SearchHit[] = [];
    for (let i = offset; i < page.docs.length; i++) {
      const doc = page.docs[i]!;
      const paragraph = this.columns.paragraphs[doc]!;
      const score = page.scores ? page.scores[i]! : this.scorer.scoreOne(doc, parsed);
      hits.push({ essay: this.columns.essayAt(doc), paragraph, score: Math.round(score * 1000) / 1000, highlights: findSpans(paragraph.text, positive) });
    }
    return {
      parsed,
      total: matched.length,
      hits,
      facets: this.facets.count(matched),
      suggestions: matched.length === 0 ? suggestQueries(parsed, this.segment, (q) => this.match(q).length) : [],
    };
  }

  /** The query of a request, parsed, with the request's URL filters added to those written in it. */
  parse(request: Pick<SearchRequest, "query" | "filters">): ParsedQuery {
    const parsed = parseQuery(request.query);
    for (const field of FILTER_FIELDS) parsed.filters[field].push(...(request.filters?.[field] ?? []));
    return parsed;
  }

  /** Index ids of every paragraph a parsed query matches, ascending (corpus order); none for an empty query. */
  matchAll(parsed: ParsedQuery): Uint32Array {
    return isEmptyQuery(parsed) ? new Uint32Array(0) : this.match(parsed);
  }

  /**
   * Index ids of the paragraphs the query's filters and exclusions leave,
   * whatever its words: what the research views count within.
   */
  scope(parsed: ParsedQuery): Uint32Array {
    return this.match({ ...parsed, groups: [] });
  }

  /** Index ids of the paragraphs whose text contains `form` (a match form), ascending. */
  containing(form: string): Uint32Array {
    return this.postings.of(form).ids;
  }

  /** The paragraph with index id `doc`. */
  paragraphAt(doc: number): Paragraph {
    return this.columns.paragraphs[doc]!;
  }

  /** The essay of paragraph `doc`. */
  essayAt(doc: number): Essay {
    return this.columns.essayAt(doc);
  }

  /** The match form of paragraph `doc` (see lib/text/match-form.ts). */
  formAt(doc: number): string {
    return this.columns.forms[doc]!;
  }

  /** Index ids of the paragraphs the query matches, ascending (corpus order). */
  private match(parsed: ParsedQuery): Uint32Array {
    let result: Uint32Array | null = null;
    const narrow = (ids: Uint32Array) => {
      result = result === null ? ids : intersect(result, ids);
    };
    for (const group of parsed.groups) narrow(unionAll(group.map((unit) => this.matchUnit(unit.form, true))));
    for (const field of FILTER_FIELDS) for (const value of parsed.filters[field]) narrow(this.matchFilter(field, value));
    let matched: Uint32Array = result ?? allIds(this.size);
    for (const unit of parsed.excluded) matched = subtract(matched, this.matchUnit(unit.form, false));
    return matched;
  }

  /**
   * Paragraphs whose match form contains `form`; with `metadata`, also the
   * paragraphs of essays whose author is named `form` or whose institution is or contains it.
   */
  private matchUnit(form: string, metadata: boolean): Uint32Array {
    if (!metadata) return this.postings.of(form).ids;
    const cached = this.metadataMatches.get(form);
    if (cached) return cached;
    let ids = this.postings.of(form).ids;
    const about = this.columns.docsOfEssaysWhere((e) => this.columns.isAboutAuthor(e, form));
    if (about.length > 0) ids = union(ids, about);
    this.metadataMatches.set(form, ids);
    return ids;
  }

  private matchFilter(field: FilterField, value: string): Uint32Array {
    const form = matchForm(value);
    if (field === "theme") {
      const t = this.catalog.themes.findIndex((theme) => theme.slug === value || theme.name === value || matchForm(theme.name) === form);
      return t < 0 ? new Uint32Array(0) : this.facets.themeDocs[t]!;
    }
    const { essays } = this.columns;
    if (field === "author") {
      const ids = new Set(this.catalog.authors.flatMap((a, i) => (a.slug === value || a.aliases.some((alias) => matchForm(alias) === form) ? [i] : [])));
      return this.columns.docsOfEssaysWhere((e) => this.facets.authorIdsOf[e]!.some((id) => ids.has(id)));
    }
    if (field === "institution") return this.columns.docsOfEssaysWhere((e) => this.columns.hasInstitution(e, form));
    return this.columns.docsOfEssaysWhere((e) => essays[e]!.source.file === value || essays[e]!.source.label === value);
  }
}
