import type { Metadata } from "next";
import Link from "next/link";
import { SearchFacets } from "@/components/search-facets";
import { SearchResultList } from "@/components/search-result-list";
import { ExportLinks } from "@/components/export-links";
import { SearchShell } from "@/components/search-shell";
import { ViewTabs } from "@/components/view-tabs";
import { listThemes } from "@/lib/browse/themes";
import { pageNumber, toParams } from "@/lib/web/page-params";
import { FILTER_LABEL, paramProblem } from "@/lib/web/labels";
import { FILTER_FIELDS, type FilterField } from "@/lib/search/query";
import { LIMITS, parseSearchParams } from "@/lib/web/params";
import { getSearchEngine } from "@/lib/server/services";
import { queryParams, searchPageUrl, withoutFilter, type SearchState } from "@/lib/web/search-urls";
import { themeUrl } from "@/lib/web/urls";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = LIMITS.defaultLimit;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = toParams(await searchParams).get("q")?.trim() ?? "";
  return { title: q ? `检索：${q.slice(0, 60)}` : "检索", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  const page = pageNumber(params.get("page"));
  params.set("offset", String((page - 1) * PAGE_SIZE));
  params.delete("limit");
  const parsed = parseSearchParams(params);
  const q = params.get("q") ?? "";

  if (!parsed.ok) {
    return (
      <SearchShell query={[...q].slice(0, LIMITS.maxQueryLength).join("")} hidden={[]} heading={<h1 className="mb-3 text-2xl font-semibold">检索段落</h1>}>
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
          无法检索：{paramProblem(parsed.param)}
        </p>
      </SearchShell>
    );
  }

  const { request } = parsed;
  const state: SearchState = { q, filters: request.filters ?? {}, sort: request.sort, page };
  const hidden: [string, string][] = [
    // The filters ride along as hidden fields, so typing a new query keeps them.
    ...queryParams("", state.filters),
    ...(state.sort !== "relevance" ? [["sort", state.sort] as [string, string]] : []),
  ];
  const engine = getSearchEngine();
  const result = engine.search(request);
  const hasFilters = hidden.some(([name]) => name !== "sort");
  const labels = facetLabels(result.facets);

  return (
    <SearchShell query={q} hidden={hidden} heading={<h1 className="mb-3 text-2xl font-semibold">检索段落</h1>}>
      <ViewTabs current="search" q={q} filters={state.filters} />
      {q.trim() === "" && !hasFilters ? (
        <WaysIn />
      ) : (
        <div className="grid gap-6 md:grid-cols-[1fr_12rem]">
          <div className="min-w-0">
            <p role="status" className="mb-3 text-stone-800">
              {result.total > 0 ? (
                <>
                  共 <strong>{result.total}</strong> 段
                  {result.total > PAGE_SIZE && `，第 ${request.offset + 1}–${Math.min(request.offset + PAGE_SIZE, result.total)} 段`}
                </>
              ) : (
                <>没有段落同时符合这些条件。</>
              )}
            </p>
            {result.parsed.ignored.length > 0 && (
              <p className="mb-2 text-sm text-stone-700">已忽略：{result.parsed.ignored.map((t) => `“${t}”`).join("、")}（不构成检索词）。</p>
            )}
            {hasFilters && (
              <ul aria-label="已选筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
                {FILTER_FIELDS.flatMap((f) =>
                  (state.filters[f] ?? []).map((v) => (
                    <li key={`${f}-${v}`}>
                      <Link href={searchPageUrl(withoutFilter(state, f, v))} className="inline-block rounded-full border border-blue-800 px-2 py-0.5 text-blue-900" aria-label={`取消筛选 ${FILTER_LABEL[f]}：${labels.get(`${f}:${v}`) ?? v}`}>
                        {FILTER_LABEL[f]}：{labels.get(`${f}:${v}`) ?? v} ✕
                      </Link>
                    </li>
                  )),
                )}
              </ul>
            )}
            {result.total > 0 && (
              <div className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                <p>
                  排序：
                  {state.sort === "relevance" ? <strong>相关度</strong> : <Link href={searchPageUrl({ ...state, sort: "relevance", page: 1 })} className="text-blue-800 underline">相关度</Link>}
                  {" · "}
                  {state.sort === "position" ? <strong>语料顺序</strong> : <Link href={searchPageUrl({ ...state, sort: "position", page: 1 })} className="text-blue-800 underline">语料顺序</Link>}
                </p>
                <ExportLinks view="results" q={q} filters={state.filters} extra={state.sort !== "relevance" ? { sort: state.sort } : {}} rows={result.total} />
              </div>
            )}
            {result.total === 0 ? (
              <NoResults suggestions={result.suggestions} state={state} />
            ) : result.hits.length === 0 ? (
              <p role="alert" className="rounded border border-stone-300 bg-stone-50 p-3">
                {`没有第 ${state.page} 页：共 ${Math.ceil(result.total / PAGE_SIZE)} 页。`}
                <Link href={searchPageUrl({ ...state, page: 1 })} className="text-blue-800 underline">
                  回到第 1 页
                </Link>
              </p>
            ) : (
              <>
                <SearchResultList hits={result.hits} offset={request.offset} />
                <Pagination state={state} total={result.total} />
              </>
            )}
          </div>
          {result.total > 0 && <SearchFacets facets={result.facets} state={state} />}
        </div>
      )}
    </SearchShell>
  );
}

function NoResults({ suggestions, state }: { suggestions: { query: string; total: number }[]; state: SearchState }) {
  return (
    <div className="rounded border border-stone-300 bg-stone-50 p-3">
      {suggestions.length > 0 && (
        <>
          <p className="mb-1">可以试试（另行检索，不计入上面的结果）：</p>
          <ul className="mb-2 list-disc pl-6">
            {suggestions.map((s) => (
              <li key={s.query}>
                <Link href={searchPageUrl({ ...state, q: s.query, page: 1 })} className="text-blue-800 underline">
                  {s.query}
                </Link>
                <span className="ml-1 text-stone-600">（{s.total} 段）</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="text-sm text-stone-700">
        提示：连续输入的文字按原文精确匹配（不计空格与标点，繁简、全半角通用）；用空格分开的词须同时出现；可减少词语或取消筛选。
      </p>
    </div>
  );
}

function Pagination({ state, total }: { state: SearchState; total: number }) {
  const pages = Math.ceil(total / PAGE_SIZE);
  if (pages <= 1) return null;
  const around = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => p === 1 || p === pages || Math.abs(p - state.page) <= 2);
  return (
    <nav aria-label="分页" className="mt-6 flex flex-wrap items-center gap-2 text-sm">
      {state.page > 1 && (
        <Link href={searchPageUrl({ ...state, page: state.page - 1 })} rel="prev" className="text-blue-800 underline">
          上一页
        </Link>
      )}
      {around.map((p, i) => (
        <span key={p}>
          {i > 0 && around[i - 1]! < p - 1 && <span className="mr-2">…</span>}
          {p === state.page ? (
            <strong aria-current="page">{p}</strong>
          ) : (
            <Link href={searchPageUrl({ ...state, page: p })} className="text-blue-800 underline">
              {p}
            </Link>
          )}
        </span>
      ))}
      {state.page < pages && (
        <Link href={searchPageUrl({ ...state, page: state.page + 1 })} rel="next" className="text-blue-800 underline">
          下一页
        </Link>
      )}
    </nav>
  );
}

function WaysIn() {
  const themes = listThemes().filter((t) => !t.auto);
  return (
    <div className="space-y-3">
      <p>输入词语检索段落。也可以从这里进入：</p>
      <ul className="flex flex-wrap gap-3">
        <li><Link href="/authors" className="text-blue-800 underline">按作者浏览</Link></li>
        <li><Link href="/themes" className="text-blue-800 underline">按主题浏览</Link></li>
        <li><Link href="/sources" className="text-blue-800 underline">按来源浏览</Link></li>
        <li><Link href="/essays" className="text-blue-800 underline">全部文章</Link></li>
      </ul>
      <p className="text-sm text-stone-700">
        主题：
        {themes.map((t, i) => (
          <span key={t.slug}>
            {i > 0 && "、"}
            <Link href={themeUrl(t.slug)} className="text-blue-800 underline">{t.name}</Link>
          </span>
        ))}
      </p>
      <p className="text-sm text-stone-700">语法：<code>{'"精确短语"'}</code>、<code>-排除词</code>、<code>甲 OR 乙</code>、<code>作者:林晨</code>、<code>机构:</code>、<code>来源:</code>、<code>主题:</code>。</p>
    </div>
  );
}

function facetLabels(facets: ReturnType<ReturnType<typeof getSearchEngine>["search"]>["facets"]): Map<string, string> {
  const out = new Map<string, string>();
  const fields: [keyof typeof facets, FilterField][] = [["authors", "author"], ["institutions", "institution"], ["sources", "source"], ["themes", "theme"]];
  for (const [key, field] of fields) for (const v of facets[key]) out.set(`${field}:${v.value}`, v.label);
  return out;
}
