import { integerParam, parseQueryParams, type ParamError } from "./params";
import type { FilterField } from "../search/query";
import { queryParams, searchPageUrl } from "./search-urls";
import { CONTEXT, KWIC_SORTS, type KwicSort } from "../research/concordance";
import { DISTRIBUTION_DIMENSIONS, type DistributionDimension } from "../research/distribution";

/**
 * URL parameters of the concordance and distribution views, in and out: the
 * same for the pages, the API and the exports, validated with a clear
 * message, and every state a URL so each view can be shared.
 */

/** Lines per page of the concordance page; the API allows up to `maxLimit`. */
export const KWIC_LIMITS = { pageSize: 100, defaultLimit: 100, maxLimit: 500 } as const;

/** The most rows an export holds; the file says when it was cut there. */
export const EXPORT_MAX_ROWS = 20_000;

type Filters = Partial<Record<FilterField, string[]>>;

export interface KwicParams {
  query: string;
  filters: Filters;
  sort: KwicSort;
  width: number;
  offset: number;
  limit: number;
}

export interface DistributionParams {
  query: string;
  filters: Filters;
  by: DistributionDimension;
}

type Parsed<T> = { ok: true; request: T } | ParamError;

/**
 * Reads a concordance request: `q`, the filters, `sort`, `width`, `offset`, `limit`.
 *
 * @example parseKwicParams(new URLSearchParams("q=治理&sort=left&width=10")).ok // true
 */
export function parseKwicParams(params: URLSearchParams): Parsed<KwicParams> {
  const base = parseQueryParams(params);
  if (!base.ok) return base;
  const sort = params.get("sort") ?? "position";
  if (!(KWIC_SORTS as readonly string[]).includes(sort)) return { ok: false, param: "sort", error: `sort must be one of ${KWIC_SORTS.join(", ")}` };
  const width = integerParam(params.get("width"), CONTEXT.default);
  if (width === null || width < CONTEXT.min || width > CONTEXT.max) return { ok: false, param: "width", error: `width must be a whole number from ${CONTEXT.min} to ${CONTEXT.max}` };
  const limit = integerParam(params.get("limit"), KWIC_LIMITS.defaultLimit);
  if (limit === null || limit < 1 || limit > KWIC_LIMITS.maxLimit) return { ok: false, param: "limit", error: `limit must be a whole number from 1 to ${KWIC_LIMITS.maxLimit}` };
  const offset = integerParam(params.get("offset"), 0);
  if (offset === null || offset < 0) return { ok: false, param: "offset", error: "offset must be a whole number, 0 or more" };
  return { ok: true, request: { query: base.query, filters: base.filters, sort: sort as KwicSort, width, offset, limit } };
}

/**
 * Reads a distribution request: `q`, the filters, `by`.
 *
 * @example parseDistributionParams(new URLSearchParams("q=新质生产力 基层治理&by=author")).ok // true
 */
export function parseDistributionParams(params: URLSearchParams): Parsed<DistributionParams> {
  const base = parseQueryParams(params);
  if (!base.ok) return base;
  const by = params.get("by") ?? "essay";
  if (!(DISTRIBUTION_DIMENSIONS as readonly string[]).includes(by)) return { ok: false, param: "by", error: `by must be one of ${DISTRIBUTION_DIMENSIONS.join(", ")}` };
  return { ok: true, request: { query: base.query, filters: base.filters, by: by as DistributionDimension } };
}

/** The state of the concordance page. */
export interface KwicState {
  q: string;
  filters: Filters;
  sort: KwicSort;
  width: number;
  page: number;
}

/** The state of the distribution page. */
export interface DistributionState {
  q: string;
  filters: Filters;
  by: DistributionDimension;
}

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * The concordance page of a state; defaults are left out.
 *
 * @example kwicPageUrl({ q: "治理", filters: {}, sort: "left", width: 20, page: 1 }) // "/kwic?q=%E6%B2%BB%E7%90%86&sort=left"
 */
export function kwicPageUrl(state: KwicState): string {
  const params = queryParams(state.q, state.filters);
  if (state.sort !== "position") params.set("sort", state.sort);
  if (state.width !== CONTEXT.default) params.set("width", String(state.width));
  if (state.page > 1) params.set("page", String(state.page));
  return withQuery("/kwic", params);
}

/**
 * The distribution page of a state; defaults are left out.
 *
 * @example distributionPageUrl({ q: "新质生产力", filters: {}, by: "author" }) // "/distribution?q=%E6%96%B0…&by=author"
 */
export function distributionPageUrl(state: DistributionState): string {
  const params = queryParams(state.q, state.filters);
  if (state.by !== "essay") params.set("by", state.by);
  return withQuery("/distribution", params);
}

/** The three views of one query, for the tabs: the same query and filters in each. */
export function viewUrls(q: string, filters: Filters): Record<"search" | "kwic" | "distribution", string> {
  return {
    search: searchPageUrl({ q, filters, sort: "relevance", page: 1 }),
    kwic: withQuery("/kwic", queryParams(q, filters)),
    distribution: withQuery("/distribution", queryParams(q, filters)),
  };
}

export type ExportView = "results" | "kwic" | "distribution";
export type ExportFormat = "csv" | "json";

/**
 * Where to download a view's full data (every row up to `EXPORT_MAX_ROWS`, not only the page shown).
 *
 * @example exportUrl("kwic", "csv", { q: "治理", filters: {}, extra: { sort: "left" } }) // "/api/export/kwic?format=csv&q=…&sort=left"
 */
export function exportUrl(view: ExportView, format: ExportFormat, state: { q: string; filters: Filters; extra?: Record<string, string> }): string {
  const params = new URLSearchParams({ format });
  for (const [k, v] of queryParams(state.q, state.filters)) params.append(k, v);
  for (const [k, v] of Object.entries(state.extra ?? {})) params.set(k, v);
  return `/api/export/${view}?${params}`;
}
