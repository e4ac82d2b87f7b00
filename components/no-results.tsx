import Link from "next/link";
import { searchPageUrl, type SearchState } from "@/lib/web/urls";

/** A search with no result: other queries that have results (kept apart from the results), and how matching works. */
export function NoResults({ suggestions, state }: { suggestions: { query: string; total: number }[]; state: SearchState }) {
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
