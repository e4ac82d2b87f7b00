import type { DistributionGroup } from "@/lib/research/distribution";

/** One colour per compared term (the legend and the table say which is which; the numbers are printed on the bars). */
export const TERM_COLOURS = ["#1e40af", "#b45309", "#047857", "#be123c", "#6d28d9", "#475569"];

const LABEL_WIDTH = 200;
const BAR_AREA = 440;
const VALUE_WIDTH = 150;
const BAR_HEIGHT = 14;
const BAR_GAP = 3;
const GROUP_GAP = 12;
const LABEL_CHARS = 13;

/**
 * A horizontal bar chart of occurrences per 10,000 characters, one bar per
 * term in each group, each bar labelled with its count and rate. Drawn on the
 * server as SVG; the table beside it has the same numbers for screen readers
 * and for copying.
 */
export function DistributionChart({ id, title, terms, groups }: { id: string; title: string; terms: string[]; groups: DistributionGroup[] }) {
  const max = Math.max(...groups.flatMap((g) => g.per10k), 0);
  const rowHeight = terms.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + GROUP_GAP;
  const height = groups.length * rowHeight + 8;
  const width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
  const scale = (v: number) => (max === 0 ? 0 : (v / max) * BAR_AREA);
  return (
    <figure className="my-4" data-chart>
      <ul className="mb-2 flex flex-wrap gap-4 text-sm" aria-label="图例">
        {terms.map((t, i) => (
          <li key={t} className="flex items-center gap-1">
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" fill={TERM_COLOURS[i % TERM_COLOURS.length]} />
            </svg>
            {t}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: `${width}px` }} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="font-sans">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>
          {groups.map((g) => `${g.label}：${terms.map((t, i) => `${t} ${g.counts[i]} 次，每万字 ${g.per10k[i]}`).join("；")}`).join("。")}
        </desc>
        {groups.map((g, gi) => {
          const top = gi * rowHeight + 4;
          const label = [...g.label].length > LABEL_CHARS ? `${[...g.label].slice(0, LABEL_CHARS).join("")}…` : g.label;
          return (
            <g key={g.value || "none"} data-group={g.value}>
              <text x={LABEL_WIDTH - 8} y={top + (rowHeight - GROUP_GAP) / 2 + 4} textAnchor="end" fontSize="13" fill="#1c1917">
                <title>{g.label}</title>
                {label}
              </text>
              {terms.map((t, ti) => {
                const y = top + ti * (BAR_HEIGHT + BAR_GAP);
                const w = scale(g.per10k[ti]!);
                return (
                  <g key={t} data-bar={`${g.value}|${ti}`}>
                    <rect x={LABEL_WIDTH} y={y} width={Math.max(w, g.counts[ti]! > 0 ? 1 : 0)} height={BAR_HEIGHT} fill={TERM_COLOURS[ti % TERM_COLOURS.length]}>
                      <title>{`${g.label} · ${t}：${g.counts[ti]} 次，每万字 ${g.per10k[ti]}`}</title>
                    </rect>
                    <text x={LABEL_WIDTH + w + 4} y={y + BAR_HEIGHT - 3} fontSize="11" fill="#44403c">
                      {`${g.counts[ti]} 次 · ${g.per10k[ti]}/万字`}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** The chart's numbers as a table: each group's characters, and each term's count and rate. */
export function DistributionTable({ caption, groupTitle, terms, groups }: { caption: string; groupTitle: string; terms: string[]; groups: DistributionGroup[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-distribution-table>
        <caption className="mb-1 text-left text-stone-700">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-400">
            <th scope="col" className="py-1 pr-3 text-left">{groupTitle}</th>
            <th scope="col" className="px-2 text-right">字数</th>
            {terms.map((t) => (
              <th key={t} scope="col" colSpan={2} className="px-2 text-right">
                {t}
              </th>
            ))}
          </tr>
          <tr className="border-b border-stone-300 text-xs text-stone-600">
            <td />
            <td />
            {terms.flatMap((t) => [
              <th key={`${t}-n`} scope="col" className="px-2 text-right font-normal">次数</th>,
              <th key={`${t}-r`} scope="col" className="px-2 text-right font-normal">每万字</th>,
            ])}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.value || "none"} className="border-b border-stone-100" data-row={g.value}>
              <th scope="row" className="py-1 pr-3 text-left font-normal">{g.label}</th>
              <td className="px-2 text-right tabular-nums">{g.characters}</td>
              {g.counts.flatMap((c, i) => [
                <td key={`${i}-n`} className="px-2 text-right tabular-nums" data-count={i}>{c}</td>,
                <td key={`${i}-r`} className="px-2 text-right tabular-nums" data-rate={i}>{g.per10k[i]}</td>,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
