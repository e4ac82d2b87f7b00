import type { Metadata } from "next";
import { ParamProblem } from "@/components/param-problem";
import { SearchResults } from "@/components/search-results";
import { SearchShell } from "@/components/search-shell";
import { ViewTabs } from "@/components/view-tabs";
import { WaysIn } from "@/components/ways-in";
import { loadSearchView, viewMetadata, type RawSearchParams } from "@/lib/web/views";

type Props = { searchParams: Promise<RawSearchParams> };

const HEADING = <h1 className="mb-3 text-2xl font-semibold">检索段落</h1>;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return viewMetadata("检索", await searchParams);
}

/** Ranked paragraphs for a query, with facets to narrow them; every state is a URL. */
export default async function SearchPage({ searchParams }: Props) {
  const view = loadSearchView(await searchParams);

  if (view.kind === "problem") {
    return (
      <SearchShell query={view.query} hidden={[]} heading={HEADING}>
        <ParamProblem lead="无法检索：" problem={view.problem} />
      </SearchShell>
    );
  }

  const { state, hidden } = view;
  return (
    <SearchShell query={state.q} hidden={hidden} heading={HEADING}>
      <ViewTabs current="search" q={state.q} filters={state.filters} />
      {view.kind === "start" ? <WaysIn themes={view.themes} /> : <SearchResults view={view} />}
    </SearchShell>
  );
}
