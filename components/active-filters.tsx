import Link from "next/link";
import { FILTER_LABEL } from "@/lib/web/labels";
import { searchPageUrl, withoutFilter, type SearchState } from "@/lib/web/urls";
import type { ActiveFilter } from "@/lib/web/views";

/** The filters in force on the search page, each a link that removes it. */
export function ActiveFilters({ filters, state }: { filters: ActiveFilter[]; state: SearchState }) {
  return (
    <ul aria-label="已选筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
      {filters.map(({ field, value, label }) => (
        <li key={`${field}-${value}`}>
          <Link href={searchPageUrl(withoutFilter(state, field, value))} className="inline-block rounded-full border border-blue-800 px-2 py-0.5 text-blue-900" aria-label={`取消筛选 ${FILTER_LABEL[field]}：${label}`}>
            {FILTER_LABEL[field]}：{label} ✕
          </Link>
        </li>
      ))}
    </ul>
  );
}
