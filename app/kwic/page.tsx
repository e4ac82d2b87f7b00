import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/export-links";
import { KwicTable } from "@/components/kwic-table";
import { SearchShell } from "@/components/search-shell";
import { ViewTabs } from "@/components/view-tabs";
import { KWIC_SORT_LABEL, paramProblem } from "@/lib/web/labels";
import { pageNumber, toParams } from "@/lib/web/page-params";
import { CONTEXT, KWIC_SORTS } from "@/lib/research/concordance";
import { KWIC_LIMITS, kwicPageUrl, parseKwicParams, type KwicState } from "@/lib/web/research-params";
import { getResearch } from "@/lib/server/services";
import { queryParams } from "@/lib/web/search-urls";
import { LIMITS } from "@/lib/web/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PAGE_SIZE = KWIC_LIMITS.pageSize;
const WIDTHS = [10, 20, 40];
const HEADING = <h1 className="mb-3 text-2xl font-semibold">语境（KWIC）</h1>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = toParams(await searchParams).get("q")?.trim() ?? "";
  return { title: q ? `语境：${q.slice(0, 60)}` : "语境", robots: { index: false } };
}

/**
 * The concordance: every occurrence of the query's words in the paragraphs
 * the query matches, one line each, the hit in a fixed column; sortable by
 * either context, essay, author or corpus order; paged, and exportable whole.
 */
export default async function KwicPage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  const page = pageNumber(params.get("page"));
  params.set("offset", String((page - 1) * PAGE_SIZE));
  params.set("limit", String(PAGE_SIZE));
  const parsed = parseKwicParams(params);
  const q = params.get("q") ?? "";

  if (!parsed.ok) {
    return (
      <SearchShell action="/kwic" label="检索语境" query={[...q].slice(0, LIMITS.maxQueryLength).join("")} hidden={[]} heading={HEADING}>
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
          无法列出语境：{paramProblem(parsed.param)}
        </p>
      </SearchShell>
    );
  }

  const { request } = parsed;
  const state: KwicState = { q, filters: request.filters, sort: request.sort, width: request.width, page };
  const hidden: [string, string][] = [
    // The filters ride along as hidden fields, so typing a new query keeps them.
    ...queryParams("", state.filters),
    ...(state.sort !== "position" ? [["sort", state.sort] as [string, string]] : []),
    ...(state.width !== CONTEXT.default ? [["width", String(state.width)] as [string, string]] : []),
  ];
  const result = getResearch().concordance(request);
  const pages = Math.ceil(result.total / PAGE_SIZE);

  return (
    <SearchShell action="/kwic" label="检索语境" query={q} hidden={hidden} heading={HEADING}>
      <ViewTabs current="kwic" q={q} filters={state.filters} />
      {result.terms.length === 0 ? (
        <div className="space-y-2">
          <p>输入词语，列出它在语料中的每一处出现及其前后文字。</p>
          <p className="text-sm text-stone-700">
            多个词语用空格分开时，列出同时含有这些词语的段落中每个词语的出现；<code>-排除词</code> 与 <code>作者:</code> 等筛选同检索页。
          </p>
        </div>
      ) : (
        <>
          <p role="status" className="mb-2">
            {result.total > 0 ? (
              <>
                共 <strong>{result.total}</strong> 处，见于 {result.paragraphs} 段
                {result.total > PAGE_SIZE && `，第 ${request.offset + 1}–${Math.min(request.offset + PAGE_SIZE, result.total)} 处`}
              </>
            ) : (
              <>没有出现。</>
            )}
            {result.terms.length > 1 && <span className="ml-2 text-sm text-stone-700">（词语：{result.terms.map((t) => t.text).join("、")}）</span>}
          </p>
          {result.total > 0 && (
            <div className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
              <p>
                排序：
                {KWIC_SORTS.map((sort, i) => (
                  <span key={sort}>
                    {i > 0 && " · "}
                    {sort === state.sort ? (
                      <strong aria-current="true">{KWIC_SORT_LABEL[sort]}</strong>
                    ) : (
                      <Link href={kwicPageUrl({ ...state, sort, page: 1 })} className="text-blue-800 underline" data-sort={sort}>
                        {KWIC_SORT_LABEL[sort]}
                      </Link>
                    )}
                  </span>
                ))}
              </p>
              <p>
                语境宽度：
                {WIDTHS.map((w, i) => (
                  <span key={w}>
                    {i > 0 && " · "}
                    {w === state.width ? (
                      <strong aria-current="true">{w} 字</strong>
                    ) : (
                      <Link href={kwicPageUrl({ ...state, width: w })} className="text-blue-800 underline" data-width={w}>
                        {w} 字
                      </Link>
                    )}
                  </span>
                ))}
              </p>
              <ExportLinks view="kwic" q={q} filters={state.filters} extra={{ sort: state.sort, width: String(state.width) }} rows={result.total} />
            </div>
          )}
          {result.total > 0 && result.lines.length === 0 ? (
            <p role="alert" className="rounded border border-stone-300 bg-stone-50 p-3">
              {`没有第 ${page} 页：共 ${pages} 页。`}
              <Link href={kwicPageUrl({ ...state, page: 1 })} className="text-blue-800 underline">
                回到第 1 页
              </Link>
            </p>
          ) : (
            result.lines.length > 0 && <KwicTable lines={result.lines} offset={request.offset} width={state.width} />
          )}
          {pages > 1 && result.lines.length > 0 && (
            <nav aria-label="分页" className="mt-4 flex flex-wrap gap-3 text-sm">
              {page > 1 && (
                <Link href={kwicPageUrl({ ...state, page: page - 1 })} rel="prev" className="text-blue-800 underline">
                  上一页
                </Link>
              )}
              <span>
                第 {page} / {pages} 页
              </span>
              {page < pages && (
                <Link href={kwicPageUrl({ ...state, page: page + 1 })} rel="next" className="text-blue-800 underline">
                  下一页
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </SearchShell>
  );
}
