import type { Metadata } from "next";
import { DistributionResults, DistributionStart } from "@/components/distribution-results";
import { ParamProblem } from "@/components/param-problem";
import { SearchShell } from "@/components/search-shell";
import { ViewTabs } from "@/components/view-tabs";
import { loadDistributionView, viewMetadata, type RawSearchParams } from "@/lib/web/views";

type Props = { searchParams: Promise<RawSearchParams> };

const HEADING = <h1 className="mb-3 text-2xl font-semibold">分布</h1>;
const ACTION = "/distribution";
const LABEL = "对比词语的分布";
const PLACEHOLDER = "词语，多个用空格分开以对比，如：新质生产力 基层治理";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return viewMetadata("分布", await searchParams);
}

/**
 * How often each word of the query occurs in each essay, author, source or
 * theme, absolutely and per 10,000 characters: a bar chart drawn on the
 * server and a table with the same numbers. Several words are compared side by side.
 */
export default async function DistributionPage({ searchParams }: Props) {
  const view = loadDistributionView(await searchParams);

  if (view.kind === "problem") {
    return (
      <SearchShell action={ACTION} label={LABEL} placeholder={PLACEHOLDER} query={view.query} hidden={[]} heading={HEADING}>
        <ParamProblem lead="无法统计：" problem={view.problem} />
      </SearchShell>
    );
  }

  const { state, hidden } = view;
  return (
    <SearchShell action={ACTION} label={LABEL} placeholder={PLACEHOLDER} query={state.q} hidden={hidden} heading={HEADING}>
      <ViewTabs current="distribution" q={state.q} filters={state.filters} />
      {view.kind === "start" ? <DistributionStart /> : <DistributionResults view={view} />}
    </SearchShell>
  );
}
