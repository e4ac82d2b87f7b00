import type { Metadata } from "next";
import { listThemes } from "../browse/themes";
import { FILTER_FIELDS, type FilterField } from "../search/query";
import type { SearchResponse } from "../search/engine";
import { MAX_COMPARED_TERMS, type DistributionGroup } from "../research/distribution";
import type { KwicResponse } from "../research/research";
import { getResearch, getSearchEngine } from "../server/services";
import { paramProblem } from "./labels";
import { KWIC_LIMITS, LIMITS, pageNumber, parseDistributionParams, parseKwicParams, parseSearchParams, toParams } from "./params";
import {
  distributionStateParams,
  kwicStateParams,
  searchStateParams,
  themeUrl,
  type DistributionState,
  type KwicState,
  type SearchState,
} from "./urls";

/**
 * What the three views of a query (search, concordance, distribution) show,
 * read from the page's URL parameters: each page awaits its `searchParams`,
 * calls its loader once and renders the result. A loader says either what
 * is wrong with the URL (`kind: "problem"`), that there is nothing to look
 * up yet (`kind: "start"`), or what was found (`kind: "ready"`).
 */

/** The search params Next.js gives a page. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Name–value pairs the search box submits besides `q`, so typing a new query keeps the view's filters and options. */
export type HiddenFields = [string, string][];

/** A URL parameter the view cannot use; `query` is what to put back in the box (cut to the longest allowed). */
export interface ProblemView {
  kind: "problem";
  query: string;
  /** What the reader is told (from `paramProblem`). */
  problem: string;
}

/** Results per page of the search page. */
export const SEARCH_PAGE_SIZE = LIMITS.defaultLimit;

/** Lines per page of the concordance page. */
export const KWIC_PAGE_SIZE = KWIC_LIMITS.pageSize;

/** Groups drawn in the distribution chart and listed in its table; the export has them all. */
export const SHOWN_GROUPS = 30;

/**
 * The page title of a view: its name and the query (cut to 60 characters); never indexed.
 *
 * @example viewMetadata("检索", { q: " 治理 " }) // { title: "检索：治理", robots: { index: false } }
 */
export function viewMetadata(name: string, raw: RawSearchParams): Metadata {
  const q = toParams(raw).get("q")?.trim() ?? "";
  return { title: q ? `${name}：${q.slice(0, 60)}` : name, robots: { index: false } };
}

// ---------------------------------------------------------------------------
// Search

/** A filter in force, with the name its facet shows for it. */
export interface ActiveFilter {
  field: FilterField;
  value: string;
  label: string;
}

export type SearchView =
  | ProblemView
  | {
      /** No query and no filter: the page shows ways in instead. */
      kind: "start";
      state: SearchState;
      hidden: HiddenFields;
      /** The curated themes, as links. */
      themes: { name: string; url: string }[];
    }
  | {
      kind: "ready";
      state: SearchState;
      hidden: HiddenFields;
      result: SearchResponse;
      /** Rank of the first result on this page, from 0. */
      offset: number;
      /** Pages of results in all. */
      pages: number;
      filters: ActiveFilter[];
    };

/** A search with results to show (or none found). */
export type SearchResultsView = Extract<SearchView, { kind: "ready" }>;

/**
 * The search page of a URL: its state, one page of ranked paragraphs with the
 * facets, and the filters in force named as their facets name them.
 *
 * @example loadSearchView({ q: "治理", page: "2" }) // { kind: "ready", offset: 20, … }
 */
export function loadSearchView(raw: RawSearchParams): SearchView {
  const params = toParams(raw);
  const page = pageNumber(params.get("page"));
  params.set("offset", String((page - 1) * SEARCH_PAGE_SIZE));
  params.delete("limit");
  const parsed = parseSearchParams(params);
  const q = params.get("q") ?? "";
  if (!parsed.ok) return problemView(q, parsed.param);

  const { request } = parsed;
  const state: SearchState = { q, filters: request.filters ?? {}, sort: request.sort, page };
  const hidden = hiddenFields(searchStateParams(state));
  const hasFilters = FILTER_FIELDS.some((f) => (state.filters[f] ?? []).length > 0);
  if (q.trim() === "" && !hasFilters) {
    return { kind: "start", state, hidden, themes: listThemes().filter((t) => !t.auto).map((t) => ({ name: t.name, url: themeUrl(t.slug) })) };
  }

  const result = getSearchEngine().search(request);
  const labels = facetLabels(result.facets);
  const filters = FILTER_FIELDS.flatMap((field) => (state.filters[field] ?? []).map((value) => ({ field, value, label: labels.get(`${field}:${value}`) ?? value })));
  return { kind: "ready", state, hidden, result, offset: request.offset, pages: Math.ceil(result.total / SEARCH_PAGE_SIZE), filters };
}

/** The facets of a search response, in the order the page lists them, and the filter each value sets. */
export const FACETS: readonly { key: keyof SearchResponse["facets"]; field: FilterField }[] = [
  { key: "authors", field: "author" },
  { key: "institutions", field: "institution" },
  { key: "sources", field: "source" },
  { key: "themes", field: "theme" },
];

/** Facet values by `field:value`, so a filter shows the name its facet gives it (an author's name, not the slug). */
function facetLabels(facets: SearchResponse["facets"]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { key, field } of FACETS) for (const v of facets[key]) out.set(`${field}:${v.value}`, v.label);
  return out;
}

// ---------------------------------------------------------------------------
// Concordance

export type KwicView =
  | ProblemView
  | {
      /** `start`: the query has no word to list; `ready`: one page of lines. */
      kind: "start" | "ready";
      state: KwicState;
      hidden: HiddenFields;
      result: KwicResponse;
      /** Number of the first line on this page, from 0. */
      offset: number;
      /** Pages of lines in all. */
      pages: number;
    };

/** A concordance with words to list. */
export type KwicLinesView = Exclude<KwicView, ProblemView>;

/**
 * The concordance page of a URL: its state and one page of lines.
 *
 * @example loadKwicView({ q: "治理", sort: "left" }) // { kind: "ready", state: { sort: "left", … }, … }
 */
export function loadKwicView(raw: RawSearchParams): KwicView {
  const params = toParams(raw);
  const page = pageNumber(params.get("page"));
  params.set("offset", String((page - 1) * KWIC_PAGE_SIZE));
  params.set("limit", String(KWIC_PAGE_SIZE));
  const parsed = parseKwicParams(params);
  const q = params.get("q") ?? "";
  if (!parsed.ok) return problemView(q, parsed.param);

  const { request } = parsed;
  const state: KwicState = { q, filters: request.filters, sort: request.sort, width: request.width, page };
  const hidden = hiddenFields(kwicStateParams(state));
  const result = getResearch().concordance(request);
  return { kind: result.terms.length === 0 ? "start" : "ready", state, hidden, result, offset: request.offset, pages: Math.ceil(result.total / KWIC_PAGE_SIZE) };
}

// ---------------------------------------------------------------------------
// Distribution

export type DistributionView =
  | ProblemView
  | {
      /** No word to count: the page explains itself instead. */
      kind: "start";
      state: DistributionState;
      hidden: HiddenFields;
    }
  | {
      kind: "ready";
      state: DistributionState;
      hidden: HiddenFields;
      /** The words compared (the first MAX_COMPARED_TERMS of the query). */
      terms: string[];
      /** The query's further words, not compared. */
      otherTerms: string[];
      /** Occurrences of each compared word in the scope. */
      totals: number[];
      /** Characters in the scope. */
      characters: number;
      /** Groups with text in the scope, in all. */
      groupCount: number;
      /** The first SHOWN_GROUPS groups, with the numbers of the compared words only. */
      groups: DistributionGroup[];
    };

/** A distribution with words to count. */
export type DistributionCountsView = Extract<DistributionView, { kind: "ready" }>;

/**
 * The distribution page of a URL: its state, the words compared and the groups shown.
 *
 * @example loadDistributionView({ q: "新质生产力 基层治理", by: "author" }) // { kind: "ready", terms: ["新质生产力", "基层治理"], … }
 */
export function loadDistributionView(raw: RawSearchParams): DistributionView {
  const params = toParams(raw);
  const parsed = parseDistributionParams(params);
  const q = params.get("q") ?? "";
  if (!parsed.ok) return problemView(q, parsed.param);

  const { request } = parsed;
  const state: DistributionState = { q, filters: request.filters, by: request.by };
  const hidden = hiddenFields(distributionStateParams(state));
  const result = getResearch().distribution(request);
  const terms = result.terms.slice(0, MAX_COMPARED_TERMS).map((t) => t.text);
  if (terms.length === 0) return { kind: "start", state, hidden };
  return {
    kind: "ready",
    state,
    hidden,
    terms,
    otherTerms: result.terms.slice(MAX_COMPARED_TERMS).map((t) => t.text),
    totals: result.totals,
    characters: result.characters,
    groupCount: result.groups.length,
    groups: result.groups.slice(0, SHOWN_GROUPS).map((g) => ({ ...g, counts: g.counts.slice(0, terms.length), per10k: g.per10k.slice(0, terms.length) })),
  };
}

// ---------------------------------------------------------------------------

/** A view's URL parameters as hidden fields of its search box: all but the query (typed anew) and the page (a new query starts at page 1). */
function hiddenFields(params: URLSearchParams): HiddenFields {
  params.delete("q");
  params.delete("page");
  return [...params];
}

function problemView(q: string, param: string): ProblemView {
  return { kind: "problem", query: [...q].slice(0, LIMITS.maxQueryLength).join(""), problem: paramProblem(param) };
}
