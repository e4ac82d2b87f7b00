import { FILTER_FIELDS, type FilterField } from "../search/query";
import type { SearchHit, SortOrder } from "../search/engine";
import { CONTEXT, type KwicSort } from "../research/concordance";
import type { DistributionDimension } from "../research/distribution";
import type { KwicLine } from "../research/research";

/**
 * Every URL the app links to, in one place: pages, views of a query (their
 * whole state in the URL, so each can be shared and works without
 * JavaScript), exports and deep links into essays. Defaults are left out so
 * URLs stay short.
 */

type Filters = Partial<Record<FilterField, string[]>>;

/**
 * Where the site is served, for absolute URLs in share previews and citations
 * rendered on the server. Set SITE_URL in production; browsers use their own
 * origin for links they copy.
 *
 * @example siteUrl().origin // "http://localhost:3000" when SITE_URL is unset
 */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL ?? "http://localhost:3000");
}

/**
 * The share page of a paragraph: a path of its own, so a link preview can show the paragraph.
 *
 * @example paragraphShareUrl("abc-p3") // "/p/abc-p3"
 */
export function paragraphShareUrl(paragraphId: string): string {
  return `/p/${encodeURIComponent(paragraphId)}`;
}

/**
 * A paragraph in the JSON API, by any id ever published.
 *
 * @example paragraphApiUrl("abc-p3") // "/api/paragraphs/abc-p3"
 */
export function paragraphApiUrl(id: string): string {
  return `/api/paragraphs/${encodeURIComponent(id)}`;
}

/**
 * An essay in the JSON API.
 *
 * @example essayApiUrl("abc") // "/api/essays/abc"
 */
export function essayApiUrl(id: string): string {
  return `/api/essays/${encodeURIComponent(id)}`;
}

/**
 * Where an essay is read.
 *
 * @example essayUrl("abc") // "/essays/abc"
 */
export function essayUrl(id: string): string {
  return `/essays/${encodeURIComponent(id)}`;
}

/**
 * The anchor of a paragraph on its essay's page: its durable id without the
 * essay's id (`p3` for `abc-p3`), so an anchor, like the id, stays with its
 * passage when paragraphs are inserted or removed before it; the whole id
 * for a paragraph that came from another essay.
 *
 * @example paragraphAnchor("abc", "abc-p3") // "p3"
 * @example paragraphAnchor("abc", "xyz-p7") // "xyz-p7"
 */
export function paragraphAnchor(essayId: string, paragraphId: string): string {
  return paragraphId.startsWith(`${essayId}-`) ? paragraphId.slice(essayId.length + 1) : paragraphId;
}

/**
 * A paragraph inside its essay, optionally with terms to highlight.
 *
 * @example paragraphUrl("abc", "abc-p3", ["治理"]) // "/essays/abc?hl=%E6%B2%BB%E7%90%86#p3"
 */
export function paragraphUrl(essayId: string, paragraphId: string, highlight: string[] = []): string {
  const query = highlight.length > 0 ? `?${new URLSearchParams(highlight.map((h) => ["hl", h]))}` : "";
  return `/essays/${encodeURIComponent(essayId)}${query}#${paragraphAnchor(essayId, paragraphId)}`;
}

/**
 * How much of a paragraph's opening a text fragment quotes: up to its first
 * clause mark (，。：；、！？), at most FRAGMENT_MAX characters, else the first
 * FRAGMENT_FALLBACK. Chromium matches a text directive only at word
 * boundaries, and a cut at a fixed length often falls inside a word
 * (目|标): a clause mark is always a boundary (39 of 40 seed paragraphs
 * found that way, against 22 of 40 for a 12-character cut).
 */
const FRAGMENT_MAX = 40;
const FRAGMENT_FALLBACK = 12;
const CLAUSE_MARK = /[，。：；、！？,.;:!?]/u;

/**
 * A text fragment directive (`:~:text=`) for a paragraph's opening words, so
 * a browser that supports it scrolls to the words themselves even from a
 * stale copy of a page. `-`, `&` and `,` are syntax inside it and are
 * percent-encoded; a fragment stops before the first line break.
 *
 * @example textFragment("数字党建，赋能社区治理") // ":~:text=%E6%95%B0%E5%AD%97%E5%85%9A%E5%BB%BA"
 */
export function textFragment(text: string): string {
  const line = Array.from(text.trim().split("\n")[0] ?? "");
  const mark = line.findIndex((ch, i) => i > 0 && CLAUSE_MARK.test(ch));
  const opening = (mark > 0 && mark <= FRAGMENT_MAX ? line.slice(0, mark) : line.slice(0, FRAGMENT_FALLBACK)).join("");
  return `:~:text=${encodeURIComponent(opening).replace(/-/gu, "%2D")}`;
}

/**
 * A paragraph's share link with a text fragment of its opening words:
 * what copy-link copies and the share page's redirect follows.
 *
 * @example paragraphShareLink("abc-p3", "数字党建赋能") // "/p/abc-p3#:~:text=…"
 */
export function paragraphShareLink(paragraphId: string, text: string): string {
  return `${paragraphShareUrl(paragraphId)}#${textFragment(text)}`;
}

/**
 * The page listing the paragraphs related to one paragraph (for readers without JavaScript).
 *
 * @example relatedPageUrl("abc-p3") // "/related/abc-p3"
 */
export function relatedPageUrl(paragraphId: string): string {
  return `/related/${encodeURIComponent(paragraphId)}`;
}

/**
 * The API answer with the paragraphs related to one paragraph.
 *
 * @example relatedApiUrl("abc-p3") // "/api/related/abc-p3"
 */
export function relatedApiUrl(paragraphId: string): string {
  return `/api/related/${encodeURIComponent(paragraphId)}`;
}

/**
 * An author's page.
 *
 * @example authorUrl("lin-chen") // "/authors/lin-chen"
 */
export function authorUrl(slug: string): string {
  return `/authors/${encodeURIComponent(slug)}`;
}

/**
 * A theme's page.
 *
 * @example themeUrl("ji-ceng-zhi-li") // "/themes/ji-ceng-zhi-li"
 */
export function themeUrl(slug: string): string {
  return `/themes/${encodeURIComponent(slug)}`;
}

/**
 * A search for a term.
 *
 * @example searchUrl("治理") // "/search?q=%E6%B2%BB%E7%90%86"
 */
export function searchUrl(query: string): string {
  return `/search?${new URLSearchParams({ q: query })}`;
}

/**
 * A source file's page, optionally at a line range (`#L9-L11`, or `#L9` for one line).
 *
 * @example sourceUrlFor("001.txt", [9, 11]) // "/sources/001.txt#L9-L11"
 */
export function sourceUrlFor(file: string, lines?: [number, number]): string {
  const base = `/sources/${encodeURIComponent(file)}`;
  return lines ? `${base}#${lineAnchor(lines)}` : base;
}

/**
 * The anchor of a line range on a source page.
 *
 * @example lineAnchor([9, 9]) // "L9"
 */
export function lineAnchor([first, last]: [number, number]): string {
  return first === last ? `L${first}` : `L${first}-L${last}`;
}

/**
 * Decodes a URL path segment, or returns it as it is when it is not valid percent-encoding.
 *
 * @example safeDecode("%E6%B2%BB") // "治"; safeDecode("%E6") // "%E6"
 */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * The deep link of a result: the paragraph in its essay, highlighting the
 * strings that matched (as they are printed there, at most 5, each once).
 *
 * @example resultUrl(hit) // "/essays/abc?hl=%E6%B2%BB%E7%90%86#p3"
 */
export function resultUrl(hit: SearchHit): string {
  const printed = [...new Set(hit.highlights.map(([s, e]) => hit.paragraph.text.slice(s, e)))].slice(0, 5);
  return paragraphUrl(hit.essay.id, hit.paragraph.id, printed);
}

/**
 * Where a concordance line leads: its paragraph, with the hit highlighted.
 *
 * @example kwicLineUrl(line) // "/essays/abc?hl=%E6%B2%BB%E7%90%86#p3"
 */
export function kwicLineUrl(line: KwicLine): string {
  return paragraphUrl(line.essay.id, line.paragraph.id, [line.match]);
}

// ---------------------------------------------------------------------------
// The views of a query: search, concordance, distribution

/** The state of the search page, all of it in the URL so every view can be shared and works without JavaScript. */
export interface SearchState {
  q: string;
  filters: Filters;
  sort: SortOrder;
  page: number;
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

/**
 * A query and its filters as URL parameters, in the order every view (search,
 * concordance, distribution, export) writes them; an empty query is left out.
 *
 * @example queryParams("治理", { author: ["lin-chen"] }).toString() // "q=%E6%B2%BB%E7%90%86&author=lin-chen"
 */
export function queryParams(q: string, filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  if (q !== "") params.set("q", q);
  for (const field of FILTER_FIELDS) for (const value of filters[field] ?? []) params.append(field, value);
  return params;
}

/**
 * A search page state as URL parameters, defaults left out.
 *
 * @example searchStateParams({ q: "", filters: {}, sort: "position", page: 1 }).toString() // "sort=position"
 */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = queryParams(state.q, state.filters);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
  return params;
}

/**
 * The URL of a search page state; defaults are left out so URLs stay short.
 *
 * @example searchPageUrl({ q: "新质生产力", filters: { author: ["shi-jian-xun"] }, sort: "relevance", page: 1 })
 * // "/search?q=%E6%96%B0…&author=shi-jian-xun"
 */
export function searchPageUrl(state: SearchState): string {
  return withQuery("/search", searchStateParams(state));
}

/**
 * The same state with a filter value added (and back to page 1).
 *
 * @example withFilter(state, "author", "lin-chen").filters.author // [...earlier, "lin-chen"]
 */
export function withFilter(state: SearchState, field: FilterField, value: string): SearchState {
  const values = state.filters[field] ?? [];
  return { ...state, page: 1, filters: { ...state.filters, [field]: values.includes(value) ? values : [...values, value] } };
}

/**
 * The same state with a filter value removed (and back to page 1).
 *
 * @example withoutFilter(state, "author", "lin-chen").filters.author // the others
 */
export function withoutFilter(state: SearchState, field: FilterField, value: string): SearchState {
  return { ...state, page: 1, filters: { ...state.filters, [field]: (state.filters[field] ?? []).filter((v) => v !== value) } };
}

/**
 * A concordance page state as URL parameters, defaults left out.
 *
 * @example kwicStateParams({ q: "", filters: {}, sort: "left", width: 20, page: 1 }).toString() // "sort=left"
 */
export function kwicStateParams(state: KwicState): URLSearchParams {
  const params = queryParams(state.q, state.filters);
  if (state.sort !== "position") params.set("sort", state.sort);
  if (state.width !== CONTEXT.default) params.set("width", String(state.width));
  if (state.page > 1) params.set("page", String(state.page));
  return params;
}

/**
 * The concordance page of a state; defaults are left out.
 *
 * @example kwicPageUrl({ q: "治理", filters: {}, sort: "left", width: 20, page: 1 }) // "/kwic?q=%E6%B2%BB%E7%90%86&sort=left"
 */
export function kwicPageUrl(state: KwicState): string {
  return withQuery("/kwic", kwicStateParams(state));
}

/**
 * A distribution page state as URL parameters, defaults left out.
 *
 * @example distributionStateParams({ q: "", filters: {}, by: "author" }).toString() // "by=author"
 */
export function distributionStateParams(state: DistributionState): URLSearchParams {
  const params = queryParams(state.q, state.filters);
  if (state.by !== "essay") params.set("by", state.by);
  return params;
}

/**
 * The distribution page of a state; defaults are left out.
 *
 * @example distributionPageUrl({ q: "新质生产力", filters: {}, by: "author" }) // "/distribution?q=%E6%96%B0…&by=author"
 */
export function distributionPageUrl(state: DistributionState): string {
  return withQuery("/distribution", distributionStateParams(state));
}

/**
 * The three views of one query, for the tabs: the same query and filters in each.
 *
 * @example viewUrls("治理", {}).kwic // "/kwic?q=%E6%B2%BB%E7%90%86"
 */
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

/** A path with its query string, or the bare path when there are no parameters. */
function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
