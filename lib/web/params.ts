import { FILTER_FIELDS, type FilterField } from "../search/query";
import type { SearchRequest, SortOrder } from "../search/engine";

/**
 * Reads a search request from URL parameters, the same for the API and the
 * page, and says clearly what is wrong with a bad one.
 */

export const LIMITS = { defaultLimit: 20, maxLimit: 100, maxQueryLength: 500 } as const;

/** A parameter that cannot be used: which one, and why (in English, for the API). */
export interface ParamError {
  ok: false;
  param: string;
  error: string;
}

export type ParsedRequest = { ok: true; request: SearchRequest & { offset: number; limit: number; sort: SortOrder } } | ParamError;

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

/** The query and filters of a request, validated: what every view (search, concordance, distribution) reads the same way. */
export type ParsedQueryParams = { ok: true; query: string; filters: Partial<Record<FilterField, string[]>> } | ParamError;

/**
 * Reads `q` (the first, when repeated) and the filters (`author`,
 * `institution`, `source`, `theme`, each repeatable), refusing any longer
 * than the query limit.
 */
export function parseQueryParams(params: URLSearchParams): ParsedQueryParams {
  const query = params.get("q") ?? "";
  if ([...query].length > LIMITS.maxQueryLength) return { ok: false, param: "q", error: `q is longer than ${LIMITS.maxQueryLength} characters` };
  const filters: Partial<Record<FilterField, string[]>> = {};
  for (const field of FILTER_FIELDS) {
    const values = params.getAll(field).map((v) => v.trim()).filter((v) => v !== "");
    if (values.some((v) => [...v].length > LIMITS.maxQueryLength)) return { ok: false, param: field, error: `${field} is longer than ${LIMITS.maxQueryLength} characters` };
    if (values.length > 0) filters[field] = values;
  }
  return { ok: true, query, filters };
}

/** A whole number in decimal digits, the fallback when absent, or null when malformed. */
export function integerParam(value: string | null, fallback: number): number | null {
  if (value === null || value === "") return fallback;
  if (!/^\d{1,9}$/u.test(value)) return null;
  return Number(value);
}
