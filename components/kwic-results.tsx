import { ExportLinks } from "./export-links";
import { KwicTable } from "./kwic-table";
import { PageOutOfRange } from "./page-out-of-range";
import { Pagination } from "./pagination";
import { ViewOptions } from "./view-options";
import { KWIC_SORTS } from "@/lib/research/concordance";
import { KWIC_SORT_LABEL } from "@/lib/web/labels";
import { kwicPageUrl } from "@/lib/web/urls";
import { KWIC_PAGE_SIZE, type KwicLinesView } from "@/lib/web/views";

/** Context widths offered, in characters each side. */
const WIDTHS = [10, 20, 40];

/**
 * The concordance page below the box: how to use it when there is no word
 * to list; otherwise the count, sort, width and export, one page of lines and paging.
 */
export function KwicResults({ view: { kind, state, result, offset, pages } }: { view: KwicLinesView }) {
  if (kind === "start") {
    return (
      <div className="space-y-2">
        <p>输入词语，列出它在语料中的每一处出现及其前后文字。</p>
        <p className="text-sm text-stone-700">
          多个词语用空格分开时，列出同时含有这些词语的段落中每个词语的出现；<code>-排除词</code> 与 <code>作者:</code> 等筛选同检索页。
        </p>
      </div>
    );
  }
  return (
    <>
      <p role="status" className="mb-2">
        {result.total > 0 ? (
          <>
            共 <strong>{result.total}</strong> 处，见于 {result.paragraphs} 段
            {result.total > KWIC_PAGE_SIZE && `，第 ${offset + 1}–${Math.min(offset + KWIC_PAGE_SIZE, result.total)} 处`}
          </>
        ) : (
          <>没有出现。</>
        )}
        {result.terms.length > 1 && <span className="ml-2 text-sm text-stone-700">（词语：{result.terms.map((t) => t.text).join("、")}）</span>}
      </p>
      {result.total > 0 && (
        <div className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <ViewOptions
            title="排序："
            name="sort"
            options={KWIC_SORTS.map((sort) => ({ key: sort, label: KWIC_SORT_LABEL[sort], href: kwicPageUrl({ ...state, sort, page: 1 }), current: sort === state.sort }))}
          />
          <ViewOptions
            title="语境宽度："
            name="width"
            options={WIDTHS.map((w) => ({ key: String(w), label: <>{w} 字</>, href: kwicPageUrl({ ...state, width: w }), current: w === state.width }))}
          />
          <ExportLinks view="kwic" q={state.q} filters={state.filters} extra={{ sort: state.sort, width: String(state.width) }} rows={result.total} />
        </div>
      )}
      {result.total > 0 && result.lines.length === 0 ? (
        <PageOutOfRange page={state.page} pages={pages} firstPageHref={kwicPageUrl({ ...state, page: 1 })} />
      ) : (
        result.lines.length > 0 && <KwicTable lines={result.lines} offset={offset} width={state.width} />
      )}
      {result.lines.length > 0 && <Pagination layout="counter" page={state.page} pages={pages} hrefFor={(page) => kwicPageUrl({ ...state, page })} />}
    </>
  );
}
