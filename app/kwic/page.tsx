import type { Metadata } from "next";
import { KwicResults } from "@/components/kwic-results";
import { ParamProblem } from "@/components/param-problem";
import { SearchShell } from "@/components/search-shell";
import { ViewTabs } from "@/components/view-tabs";
import { loadKwicView, viewMetadata, type RawSearchParams } from "@/lib/web/views";

type Props = { searchParams: Promise<RawSearchParams> };

const HEADING = <h1 className="mb-3 text-2xl font-semibold">语境（KWIC）</h1>;
const ACTION = "/kwic";
const LABEL = "检索语境";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return viewMetadata("语境", await searchParams);
}

/**
 * The concordance: every occurrence of the query's words in the paragraphs
 * the query matches, one line each, the hit in a fixed column; sortable by
 * either context, essay, author or corpus order; paged, and exportable whole.
 */
export default async function KwicPage({ searchParams }: Props) {
  const view = loadKwicView(await searchParams);

  if (view.kind === "problem") {
    return (
      <SearchShell action={ACTION} label={LABEL} query={view.query} hidden={[]} heading={HEADING}>
        <ParamProblem lead="无法列出语境：" problem={view.problem} />
      </SearchShell>
    );
  }

  const { state, hidden } = view;
  return (
    <SearchShell action={ACTION} label={LABEL} query={state.q} hidden={hidden} heading={HEADING}>
      <ViewTabs current="kwic" q={state.q} filters={state.filters} />
      <KwicResults view={view} />
    </SearchShell>
  );
}
