import type { Metadata } from "next";
import Link from "next/link";
import { DistributionChart, DistributionTable } from "@/components/distribution-chart";
import { ExportLinks } from "@/components/export-links";
import { SearchShell } from "@/components/search-shell";
import { ViewTabs } from "@/components/view-tabs";
import { paramProblem } from "@/lib/web/labels";
import { toParams } from "@/lib/web/page-params";
import { DIMENSION_LABEL, DISTRIBUTION_DIMENSIONS, MAX_COMPARED_TERMS } from "@/lib/research/distribution";
import { distributionPageUrl, parseDistributionParams, type DistributionState } from "@/lib/web/research-params";
import { getResearch } from "@/lib/server/services";
import { queryParams } from "@/lib/web/search-urls";
import { LIMITS } from "@/lib/web/params";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Groups drawn in the chart and listed in the table; the export has them all. */
const SHOWN_GROUPS = 30;
const HEADING = <h1 className="mb-3 text-2xl font-semibold">分布</h1>;
const PLACEHOLDER = "词语，多个用空格分开以对比，如：新质生产力 基层治理";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = toParams(await searchParams).get("q")?.trim() ?? "";
  return { title: q ? `分布：${q.slice(0, 60)}` : "分布", robots: { index: false } };
}

/**
 * How often each word of the query occurs in each essay, author, source or
 * theme, absolutely and per 10,000 characters: a bar chart drawn on the
 * server and a table with the same numbers. Several words are compared side by side.
 */
export default async function DistributionPage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  const parsed = parseDistributionParams(params);
  const q = params.get("q") ?? "";

  if (!parsed.ok) {
    return (
      <SearchShell action="/distribution" label="对比词语的分布" placeholder={PLACEHOLDER} query={[...q].slice(0, LIMITS.maxQueryLength).join("")} hidden={[]} heading={HEADING}>
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3">
          无法统计：{paramProblem(parsed.param)}
        </p>
      </SearchShell>
    );
  }

  const { request } = parsed;
  const state: DistributionState = { q, filters: request.filters, by: request.by };
  const hidden: [string, string][] = [
    // The filters ride along as hidden fields, so typing a new query keeps them.
    ...queryParams("", state.filters),
    ...(state.by !== "essay" ? [["by", state.by] as [string, string]] : []),
  ];
  const result = getResearch().distribution(request);
  const terms = result.terms.slice(0, MAX_COMPARED_TERMS).map((t) => t.text);
  const groups = result.groups.slice(0, SHOWN_GROUPS).map((g) => ({ ...g, counts: g.counts.slice(0, terms.length), per10k: g.per10k.slice(0, terms.length) }));
  const dimension = DIMENSION_LABEL[state.by];

  return (
    <SearchShell action="/distribution" label="对比词语的分布" placeholder={PLACEHOLDER} query={q} hidden={hidden} heading={HEADING}>
      <ViewTabs current="distribution" q={q} filters={state.filters} />
      {terms.length === 0 ? (
        <div className="space-y-2">
          <p>输入词语，查看它在各文章、作者、来源、主题中出现的次数和每万字频次。</p>
          <p className="text-sm text-stone-700">用空格分开多个词语即可并排对比（最多 {MAX_COMPARED_TERMS} 个），如 <Link href={distributionPageUrl({ q: "新质生产力 基层治理", filters: {}, by: "author" })} className="text-blue-800 underline">新质生产力 基层治理（按作者）</Link>。</p>
        </div>
      ) : (
        <>
          <p role="status" className="mb-2">
            {terms.map((t, i) => (
              <span key={t} className="mr-4">
                {t}：共 <strong>{result.totals[i]}</strong> 次
              </span>
            ))}
            <span className="text-sm text-stone-700">（统计范围 {result.characters} 字{result.groups.length > 0 ? `，${result.groups.length} 个${dimension}` : ""}）</span>
          </p>
          {result.terms.length > MAX_COMPARED_TERMS && (
            <p className="mb-2 text-sm text-stone-700">只对比前 {MAX_COMPARED_TERMS} 个词语；其余：{result.terms.slice(MAX_COMPARED_TERMS).map((t) => t.text).join("、")}。</p>
          )}
          <div className="mb-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            <p>
              分组：
              {DISTRIBUTION_DIMENSIONS.map((by, i) => (
                <span key={by}>
                  {i > 0 && " · "}
                  {by === state.by ? (
                    <strong aria-current="true">{DIMENSION_LABEL[by]}</strong>
                  ) : (
                    <Link href={distributionPageUrl({ ...state, by })} className="text-blue-800 underline" data-by={by}>
                      {DIMENSION_LABEL[by]}
                    </Link>
                  )}
                </span>
              ))}
            </p>
            <ExportLinks view="distribution" q={q} filters={state.filters} extra={{ by: state.by }} rows={result.groups.length} />
          </div>
          <p className="mb-2 text-sm text-stone-700">
            每万字 = 出现次数 ÷ 该{dimension}的字数 × 10000（字数不计空格与标点）。每个词语分别计数；用空格分开的词语在此不要求同时出现。
            {state.by === "theme" && "不属于任何主题的段落不计入。"}
            {result.groups.length > SHOWN_GROUPS && `按出现次数列出前 ${SHOWN_GROUPS} 个${dimension}（共 ${result.groups.length} 个）；导出文件含全部。`}
          </p>
          {groups.length > 0 && (
            <div>
              <DistributionChart id="distribution-chart" title={`${terms.join("、")}：按${dimension}的每万字频次`} terms={terms} groups={groups} />
              <DistributionTable caption={`按${dimension}：出现次数与每万字频次`} groupTitle={dimension} terms={terms} groups={groups} />
            </div>
          )}
        </>
      )}
    </SearchShell>
  );
}
