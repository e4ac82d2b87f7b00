import { FILTER_FIELDS, type FilterField } from "../search/query";
import type { SortOrder } from "../search/engine";

/** The state of the search page, all of it in the URL so every view can be shared and works without JavaScript. */
export interface SearchState {
  q: string;
  filters: Partial<Record<FilterField, string[]>>;
  sort: SortOrder;
  page: number;
}

/**
 * The URL of a search page state; defaults are left out so URLs stay short.
 *
 * @example searchPageUrl({ q: "新质生产力", filters: { author: ["shi-jian-xun"] }, sort: "relevance", page: 1 })
 * // "/search?q=%E6%96%B0…&author=shi-jian-xun"
 */
export function searchPageUrl(state: SearchState): string {
  const params = queryParams(state.q, state.filters);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}

/**
 * A query and its filters as URL parameters, in the order every view (search,
 * concordance, distribution, export) writes them; an empty query is left out.
 */
export function queryParams(q: string, filters: SearchState["filters"]): URLSearchParams {
  const params = new URLSearchParams();
  if (q !== "") params.set("q", q);
  for (const field of FILTER_FIELDS) for (const value of filters[field] ?? []) params.append(field, value);
  return params;
}

/** The same state with a filter value added (and back to page 1). */
export function withFilter(state: SearchState, field: FilterField, value: string): SearchState {
  const values = state.filters[field] ?? [];
  return { ...state, page: 1, filters: { ...state.filters, [field]: values.includes(value) ? values : [...values, value] } };
}

/** The same state with a filter value removed (and back to page 1). */
export function withoutFilter(state: SearchState, field: FilterField, value: string): SearchState {
  return { ...state, page: 1, filters: { ...state.filters, [field]: (state.filters[field] ?? []).filter((v) => v !== value) } };
}
