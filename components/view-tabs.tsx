import Link from "next/link";
import { viewUrls } from "@/lib/web/urls";
import type { FilterField } from "@/lib/search/query";

const VIEWS = [
  { key: "search", label: "段落", title: "排序的段落" },
  { key: "kwic", label: "语境", title: "语境（KWIC）：每处出现一行" },
  { key: "distribution", label: "分布", title: "词频分布与对比" },
] as const;

/** The three views of one query (ranked paragraphs, concordance, distribution), each keeping the query and filters. */
export function ViewTabs({ current, q, filters }: { current: (typeof VIEWS)[number]["key"]; q: string; filters: Partial<Record<FilterField, string[]>> }) {
  const urls = viewUrls(q, filters);
  return (
    <nav aria-label="视图" className="mb-4 flex gap-1 border-b border-stone-300 text-sm">
      {VIEWS.map((v) =>
        v.key === current ? (
          <span key={v.key} aria-current="page" title={v.title} className="-mb-px rounded-t border border-b-white border-stone-300 bg-white px-3 py-1.5 font-semibold">
            {v.label}
          </span>
        ) : (
          <Link key={v.key} href={urls[v.key]} title={v.title} data-view={v.key} className="px-3 py-1.5 text-blue-800 hover:underline">
            {v.label}
          </Link>
        ),
      )}
    </nav>
  );
}
