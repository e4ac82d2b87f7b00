import Link from "next/link";
import type { FacetValue, SearchResponse } from "@/lib/search/engine";
import { FILTER_LABEL } from "@/lib/web/labels";
import { searchPageUrl, withFilter, type SearchState } from "@/lib/web/urls";
import { FACETS } from "@/lib/web/views";

/** How many values of a facet are listed. */
const SHOWN = 12;

/** Counts over the whole result set; each value is a link that adds it as a filter. */
export function SearchFacets({ facets, state }: { facets: SearchResponse["facets"]; state: SearchState }) {
  return (
    <nav aria-label="筛选结果" className="space-y-4 text-sm">
      {FACETS.filter((g) => facets[g.key].length > 0).map((g) => (
        <section key={g.key} aria-labelledby={`facet-${g.key}`}>
          <h2 id={`facet-${g.key}`} className="mb-1 font-semibold">
            {FILTER_LABEL[g.field]}
          </h2>
          <ul className="space-y-0.5">
            {facets[g.key].slice(0, SHOWN).map((v: FacetValue) => {
              const active = (state.filters[g.field] ?? []).includes(v.value);
              return (
                <li key={v.value}>
                  {active ? (
                    <span aria-current="true" className="font-semibold">
                      {v.label}（{v.count}）
                    </span>
                  ) : (
                    <Link href={searchPageUrl(withFilter(state, g.field, v.value))} className="text-blue-800 underline" data-facet={g.field}>
                      {v.label}
                    </Link>
                  )}
                  {!active && <span className="ml-1 text-stone-600">{v.count}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
