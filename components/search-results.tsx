import Link from "next/link";
import { ActiveFilters } from "./active-filters";
import { ExportLinks } from "./export-links";
import { NoResults } from "./no-results";
import { PageOutOfRange } from "./page-out-of-range";
import { Pagination } from "./pagination";
import { SearchFacets } from "./search-facets";
import { SearchResultList } from "./search-result-list";
import { searchPageUrl } from "@/lib/web/urls";
import { SEARCH_PAGE_SIZE, type SearchResultsView } from "@/lib/web/views";

/**
 * The search page below the box: how many paragraphs, what was ignored, the
 * filters in force, sort and export, one page of results with paging (or
 * suggestions when nothing matched), and the facets beside them.
 */
export function SearchResults({ view: { state, result, offset, pages, filters } }: { view: SearchResultsView }) {
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_12rem]">
      <div className="min-w-0">
        <p role="status" className="mb-3 text-stone-800">
          {result.total > 0 ? (
            <>
              共 <strong>{result.total}</strong> 段
              {result.total > SEARCH_PAGE_SIZE && `，第 ${offset + 1}–${Math.min(offset + SEARCH_PAGE_SIZE, result.total)} 段`}
            </>
          ) : (
            <>没有段落同时符合这些条件。</>
          )}
        </p>
        {result.parsed.ignored.length > 0 && (
          <p className="mb-2 text-sm text-stone-700">已忽略：{result.parsed.ignored.map((t) => `“${t}”`).join("、")}（不构成检索词）。</p>
        )}
        {filters.length > 0 && <ActiveFilters filters={filters} state={state} />}
        {result.total > 0 && (
          <div className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <p>
              排序：
              {state.sort === "relevance" ? <strong>相关度</strong> : <Link href={searchPageUrl({ ...state, sort: "relevance", page: 1 })} className="text-blue-800 underline">相关度</Link>}
              {" · "}
              {state.sort === "position" ? <strong>语料顺序</strong> : <Link href={searchPageUrl({ ...state, sort: "position", page: 1 })} className="text-blue-800 underline">语料顺序</Link>}
            </p>
            <ExportLinks view="results" q={state.q} filters={state.filters} extra={state.sort !== "relevance" ? { sort: state.sort } : {}} rows={result.total} />
          </div>
        )}
        {result.total === 0 ? (
          <NoResults suggestions={result.suggestions} state={state} />
        ) : result.hits.length === 0 ? (
          <PageOutOfRange page={state.page} pages={pages} firstPageHref={searchPageUrl({ ...state, page: 1 })} />
        ) : (
          <>
            <SearchResultList hits={result.hits} offset={offset} />
            <Pagination page={state.page} pages={pages} hrefFor={(page) => searchPageUrl({ ...state, page })} />
          </>
        )}
      </div>
      {result.total > 0 && <SearchFacets facets={result.facets} state={state} />}
    </div>
  );
}
