import type { SearchEngine } from "../search/engine";
import type { FilterField } from "../search/query";
import type { Essay, Paragraph } from "../types";
import { FILTER_LABEL, KIND_LABEL, KWIC_SORT_LABEL } from "./labels";
import { toCsv, type Cell } from "./csv";
import { DIMENSION_LABEL } from "../research/distribution";
import { EXPORT_MAX_ROWS, type DistributionParams, type KwicParams } from "./params";
import type { Research } from "../research/research";
import { kwicLineUrl, resultUrl, type ExportView } from "./urls";
import { UNNAMED_AUTHOR } from "../catalog/author-labels";

/**
 * Downloads of the three views: every row (up to EXPORT_MAX_ROWS), not only
 * the page shown, as CSV or JSON, each file saying what query, filters and
 * options made it, when, how many rows there are in all and whether the file
 * was cut at the bound.
 */

export interface Column {
  /** Key in the JSON export. */
  key: string;
  /** Header in the CSV export. */
  label: string;
}

export interface ExportTable {
  view: ExportView;
  query: string;
  filters: Partial<Record<FilterField, string[]>>;
  /** The view's own options (sort, context width, dimension), as URL parameters. */
  options: Record<string, string | number>;
  /** Rows the view has in all; the file holds at most EXPORT_MAX_ROWS of them. */
  total: number;
  columns: Column[];
  rows: Cell[][];
}

/** The authors of an essay as one cell: name (institution), separated by semicolons. */
function authorsCell(essay: Essay): string {
  return essay.authors.map((a) => (a.name ?? UNNAMED_AUTHOR) + (a.institution ? `（${a.institution}）` : "")).join("；");
}

/** Where a row's paragraph is: the columns every paragraph-level export ends with. */
const PLACE_COLUMNS: Column[] = [
  { key: "essay", label: "文章" },
  { key: "paragraph", label: "段" },
  { key: "kind", label: "类型" },
  { key: "authors", label: "作者" },
  { key: "source", label: "来源" },
  { key: "url", label: "链接" },
  { key: "id", label: "段落编号" },
];

function placeCells(essay: Essay, paragraph: Paragraph, path: string, origin: string): Cell[] {
  return [essay.displayTitle, paragraph.n, KIND_LABEL[paragraph.kind], authorsCell(essay), essay.source.label, new URL(path, origin).href, paragraph.id];
}

/**
 * Every ranked result of a search (as the results page orders them).
 *
 * @example resultsTable(engine, { query: "治理", filters: {}, sort: "relevance" }, origin).rows[0]?.[0] // 1
 */
export function resultsTable(engine: SearchEngine, request: { query: string; filters: ExportTable["filters"]; sort: "relevance" | "position" }, origin: string): ExportTable {
  const response = engine.search({ ...request, offset: 0, limit: EXPORT_MAX_ROWS });
  return {
    view: "results",
    query: request.query,
    filters: request.filters,
    options: { sort: request.sort },
    total: response.total,
    columns: [{ key: "rank", label: "序号" }, { key: "score", label: "得分" }, { key: "text", label: "段落" }, ...PLACE_COLUMNS],
    rows: response.hits.map((hit, i) => [i + 1, hit.score, hit.paragraph.text, ...placeCells(hit.essay, hit.paragraph, resultUrl(hit), origin)]),
  };
}

/**
 * Every line of a concordance, in the order asked for.
 *
 * @example kwicTable(research, { query: "治理", filters: {}, sort: "left", width: 20 }, origin).columns[2]?.label // "检索词"
 */
export function kwicTable(research: Research, request: Omit<KwicParams, "offset" | "limit">, origin: string): ExportTable {
  const response = research.concordance({ ...request, offset: 0, limit: EXPORT_MAX_ROWS });
  return {
    view: "kwic",
    query: request.query,
    filters: request.filters,
    options: { sort: request.sort, width: request.width },
    total: response.total,
    columns: [
      { key: "line", label: "序号" },
      { key: "left", label: "左语境" },
      { key: "match", label: "检索词" },
      { key: "right", label: "右语境" },
      { key: "term", label: "所查词语" },
      ...PLACE_COLUMNS,
    ],
    rows: response.lines.map((line, i) => [i + 1, line.left, line.match, line.right, line.term, ...placeCells(line.essay, line.paragraph, kwicLineUrl(line), origin)]),
  };
}

/**
 * The distribution table: one row per group, a count and a rate column per term.
 *
 * @example distributionTable(research, { query: "治理", filters: {}, by: "author" }).columns[0]?.label // "作者"
 */
export function distributionTable(research: Research, request: DistributionParams): ExportTable {
  const response = research.distribution(request);
  const terms = response.terms.map((t) => t.text);
  return {
    view: "distribution",
    query: request.query,
    filters: request.filters,
    options: { by: request.by },
    total: response.groups.length,
    columns: [
      { key: "group", label: DIMENSION_LABEL[request.by] },
      { key: "value", label: "标识" },
      { key: "characters", label: "字数" },
      ...terms.flatMap((t, i) => [
        { key: `count_${i + 1}`, label: `${t}（次）` },
        { key: `per10k_${i + 1}`, label: `${t}（每万字）` },
      ]),
    ],
    rows: response.groups.slice(0, EXPORT_MAX_ROWS).map((g) => [g.label, g.value, g.characters, ...g.counts.flatMap((c, i) => [c, g.per10k[i]!])]),
  };
}

/** What the file says about itself, as label–value pairs. */
function about(table: ExportTable, exportedAt: Date): [string, string][] {
  const filters = (Object.entries(table.filters) as [FilterField, string[]][]).flatMap(([f, values]) => values.map((v) => `${FILTER_LABEL[f]}=${v}`));
  const options = Object.entries(table.options).map(([k, v]) => `${OPTION_LABEL[k] ?? k}=${OPTION_VALUE_LABEL[String(v)] ?? v}`);
  return [
    ["检索词", table.query],
    ["筛选", filters.length > 0 ? filters.join("；") : "无"],
    ["选项", options.join("；")],
    ["导出时间", exportedAt.toISOString()],
    ["行数", `${table.rows.length}（共 ${table.total}）`],
    ["上限", `每个文件最多 ${EXPORT_MAX_ROWS} 行${table.rows.length < table.total ? "；本文件已截断" : ""}`],
  ];
}

/**
 * The CSV file: the lines saying what it is, a blank line, the header, the rows.
 *
 * @example exportCsv(table, new Date()) // "\uFEFF检索词,治理\r\n…"
 */
export function exportCsv(table: ExportTable, exportedAt: Date): string {
  return toCsv([...about(table, exportedAt), [], table.columns.map((c) => c.label), ...table.rows]);
}

/**
 * The JSON file: the same facts as fields, and one object per row.
 *
 * @example JSON.parse(exportJson(table, new Date())).maxRows // 20000
 */
export function exportJson(table: ExportTable, exportedAt: Date): string {
  return JSON.stringify(
    {
      view: table.view,
      query: table.query,
      filters: table.filters,
      options: table.options,
      exportedAt: exportedAt.toISOString(),
      total: table.total,
      rows: table.rows.length,
      maxRows: EXPORT_MAX_ROWS,
      truncated: table.rows.length < table.total,
      columns: table.columns,
      data: table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c.key, row[i] ?? null]))),
    },
    null,
    1,
  );
}

/**
 * A file name for the download: the view, the query (letters, digits and Han
 * only, at most 20), the date.
 *
 * @example exportFileName("kwic", "新质生产力 -发展", "csv", new Date("2026-11-22")) // "kwic-新质生产力发展-2026-11-22.csv"
 */
export function exportFileName(view: ExportView, query: string, format: "csv" | "json", date: Date): string {
  const words = [...query.replace(/[^\p{L}\p{N}]/gu, "")].slice(0, 20).join("");
  return `${view}${words ? `-${words}` : ""}-${date.toISOString().slice(0, 10)}.${format}`;
}

const OPTION_LABEL: Record<string, string> = { sort: "排序", width: "语境宽度", by: "分组" };
const OPTION_VALUE_LABEL: Record<string, string> = { relevance: "相关度", ...KWIC_SORT_LABEL, ...DIMENSION_LABEL };
