import { FILTER_FIELDS, type FilterField } from "../search/query";
import type { SearchRequest, SortOrder } from "../search/engine";
import { CONTEXT, KWIC_SORTS, type KwicSort } from "../research/concordance";
import { DISTRIBUTION_DIMENSIONS, type DistributionDimension } from "../research/distribution";

/**
 * Every URL parameter the app reads, in one place: the same for the API, the
 * pages and the exports, validated with a clear message (in English, for the
 * API; pages show their own, see labels.ts). The URLs written from these
 * parameters are in urls.ts.
 */

type Filters = Partial<Record<FilterField, string[]>>;

/** Bounds of a search request. */
export const LIMITS = { defaultLimit: 20, maxLimit: 100, maxQueryLength: 500 } as const;

/** Lines per page of the concordance page; the API allows up to `maxLimit`. */
export const KWIC_LIMITS = { pageSize: 100, defaultLimit: 100, maxLimit: 500 } as const;

/** The most rows an export holds; the file says when it was cut there. */
export const EXPORT_MAX_ROWS = 20_000;

/** A parameter that cannot be used: which one, and why (in English, for the API). */
export interface ParamError {
  ok: false;
  param: string;
  error: string;
}

type Parsed<T> = { ok: true; request: T } | ParamError;

export type ParsedRequest = Parsed<SearchRequest & { offset: number; limit: number; sort: SortOrder }>;

/** The query and filters of a request, validated: what every view (search, concordance, distribution) reads the same way. */
export type ParsedQueryParams = { ok: true; query: string; filters: Filters } | ParamError;

/** A concordance request, validated. */
export interface KwicParams {
  query: string;
  filters: Filters;
  sort: KwicSort;
  width: number;
  offset: number;
  limit: number;
}

/** A distribution request, validated. */
export interface DistributionParams {
  query: string;
  filters: Filters;
  by: DistributionDimension;
}

/**
 * Validates `q`, `limit`, `offset`, `sort` and the filters (`author`,
 * `institution`, `source`, `theme`, each repeatable). A repeated `q` uses
 * the first; unknown parameters are ignored.
 *
 * @example parseSearchParams(new URLSearchParams("q=新质生产力&limit=10")).ok // true
 */
export function parseSearchParams(params: URLSearchParams): ParsedRequest {
  const base = parseQueryParams(params);
  if (!base.ok) return base;
  const { query, filters } = base;
  const limit = integerParam(params.get("limit"), LIMITS.defaultLimit);
  if (limit === null || limit < 1 || limit > LIMITS.maxLimit) return { ok: false, param: "limit", error: `limit must be a whole number from 1 to ${LIMITS.maxLimit}` };
  const offset = integerParam(params.get("offset"), 0);
  if (offset === null || offset < 0) return { ok: false, param: "offset", error: "offset must be a whole number, 0 or more" };
  const sort = params.get("sort") ?? "relevance";
  if (sort !== "relevance" && sort !== "position") return { ok: false, param: "sort", error: 'sort must be "relevance" or "position"' };
  return { ok: true, request: { query, filters, limit, offset, sort } };
}

/**
 * Reads `q` (the first, when repeated) and the filters (`author`,
 * `institution`, `source`, `theme`, each repeatable, blank values dropped),
 * refusing any longer than the query limit.
 *
 * @example parseQueryParams(new URLSearchParams("q=治理&author=lin-chen&author=")) // { ok: true, query: "治理", filters: { author: ["lin-chen"] } }
 */
export function parseQueryParams(params: URLSearchParams): ParsedQueryParams {
  const query = params.get("q") ?? "";
  if ([...query].length > LIMITS.maxQueryLength) return { ok: false, param: "q", error: `q is longer than ${LIMITS.maxQueryLength} characters` };
  const filters: Filters = {};
  for (const field of FILTER_FIELDS) {
    const values = params.getAll(field).map((v) => v.trim()).filter((v) => v !== "");
    if (values.some((v) => [...v].length > LIMITS.maxQueryLength)) return { ok: false, param: field, error: `${field} is longer than ${LIMITS.maxQueryLength} characters` };
    if (values.length > 0) filters[field] = values;
  }
  return { ok: true, query, filters };
}

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

/**
 * A whole number in decimal digits, the fallback when absent, or null when malformed.
 *
 * @example integerParam("20", 5) // 20; integerParam(null, 5) // 5; integerParam("２０", 5) // null
 */
export function integerParam(value: string | null, fallback: number): number | null {
  if (value === null || value === "") return fallback;
  if (!/^\d{1,9}$/u.test(value)) return null;
  return Number(value);
}

/**
 * The search params Next.js gives a page, as URLSearchParams for the parsers:
 * Next gives repeated parameters as arrays.
 *
 * @example toParams({ q: "治理", author: ["a", "b"] }).getAll("author") // ["a", "b"]
 */
export function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, v);
  return params;
}

/**
 * A page number from the URL: a whole number from 1, anything else is page 1.
 *
 * @example pageNumber("3") // 3; pageNumber("0") // 1; pageNumber("abc") // 1
 */
export function pageNumber(value: string | null): number {
  const n = value && /^\d{1,6}$/u.test(value) ? Number(value) : 1;
  return Math.max(1, n);
}

/**
 * The parameters without the page ones (`offset`, `limit`, `page`): an export
 * is every row of a view, not the page shown.
 *
 * @example withoutPaging(new URLSearchParams("q=治理&page=3&limit=1")).toString() // "q=%E6%B2%BB%E7%90%86"
 */
export function withoutPaging(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const name of ["offset", "limit", "page"]) out.delete(name);
  return out;
}

/** What an essay or paragraph id looks like (lib/anchors/ledger.ts validates the same shape). */
const WELL_FORMED_ID = /^[a-z0-9][a-z0-9-]{0,199}$/u;

/**
 * Whether a path parameter can be an id at all (a 400 otherwise, before any lookup).
 *
 * @example isWellFormedId("abc-p3") // true
 * @example isWellFormedId("../etc") // false
 */
export function isWellFormedId(value: string): boolean {
  return WELL_FORMED_ID.test(value);
}
