import Link from "next/link";
import { DistributionChart, DistributionTable } from "./distribution-chart";
import { ExportLinks } from "./export-links";
import { ViewOptions } from "./view-options";
import { DIMENSION_LABEL, DISTRIBUTION_DIMENSIONS, MAX_COMPARED_TERMS } from "@/lib/research/distribution";
import { distributionPageUrl } from "@/lib/web/urls";
import { SHOWN_GROUPS, type DistributionCountsView } from "@/lib/web/views";

/** The distribution page before a word is asked: what it shows, and an example to follow. */
export function DistributionStart() {
  return (
    <div className="space-y-2">
      <p>输入词语，查看它在各文章、作者、来源、主题中出现的次数和每万字频次。</p>
      <p className="text-sm text-stone-700">用空格分开多个词语即可并排对比（最多 {MAX_COMPARED_TERMS} 个），如 <Link href={distributionPageUrl({ q: "新质生产力 基层治理", filters: {}, by: "author" })} className="text-blue-800 underline">新质生产力 基层治理（按作者）</Link>。</p>
    </div>
  );
}

/**
 * The distribution page below the box: each word's total, the grouping and
 * export, how the rate is computed, then the chart and the table of the groups shown.
 */
export function DistributionResults({ view: { state, terms, otherTerms, totals, characters, groupCount, groups } }: { view: DistributionCountsView }) {
  const dimension = DIMENSION_LABEL[state.by];
  return (
    <>
      <p role="status" className="mb-2">
        {terms.map((t, i) => (
          <span key={t} className="mr-4">
            {t}：共 <strong>{totals[i]}</strong> 次
          </span>
        ))}
        <span className="text-sm text-stone-700">（统计范围 {characters} 字{groupCount > 0 ? `，${groupCount} 个${dimension}` : ""}）</span>
      </p>
      {otherTerms.length > 0 && (
        <p className="mb-2 text-sm text-stone-700">只对比前 {MAX_COMPARED_TERMS} 个词语；其余：{otherTerms.join("、")}。</p>
      )}
      <div className="mb-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <ViewOptions
          title="分组："
          name="by"
          options={DISTRIBUTION_DIMENSIONS.map((by) => ({ key: by, label: DIMENSION_LABEL[by], href: distributionPageUrl({ ...state, by }), current: by === state.by }))}
        />
        <ExportLinks view="distribution" q={state.q} filters={state.filters} extra={{ by: state.by }} rows={groupCount} />
      </div>
      <p className="mb-2 text-sm text-stone-700">
        每万字 = 出现次数 ÷ 该{dimension}的字数 × 10000（字数不计空格与标点）。每个词语分别计数；用空格分开的词语在此不要求同时出现。
        {state.by === "theme" && "不属于任何主题的段落不计入。"}
        {groupCount > SHOWN_GROUPS && `按出现次数列出前 ${SHOWN_GROUPS} 个${dimension}（共 ${groupCount} 个）；导出文件含全部。`}
      </p>
      {groups.length > 0 && (
        <div>
          <DistributionChart id="distribution-chart" title={`${terms.join("、")}：按${dimension}的每万字频次`} terms={terms} groups={groups} />
          <DistributionTable caption={`按${dimension}：出现次数与每万字频次`} groupTitle={dimension} terms={terms} groups={groups} />
        </div>
      )}
    </>
  );
}
