import { CONTEXT, type KwicSort } from "../research/concordance";
import { FILTER_FIELDS, type FilterField } from "../search/query";
import { LIMITS } from "./params";
import type { BlockKind } from "../types";

/** Names the interface shows for the app's codes, in one place so pages, exports and the API say the same. */

/** Kinds of block. */
export const KIND_LABEL: Record<BlockKind, string> = { heading: "小标题", summary: "阅读提要", abstract: "摘要", body: "正文" };

/** Filter fields. */
export const FILTER_LABEL: Record<FilterField, string> = { author: "作者", institution: "机构", source: "来源", theme: "主题" };

/** Concordance orders. */
export const KWIC_SORT_LABEL: Record<KwicSort, string> = { position: "语料顺序", left: "左语境", right: "右语境", essay: "文章", author: "作者" };

/**
 * What a page says when a URL parameter cannot be used (the API gives the
 * English reason; a page gives the reader's).
 *
 * @example paramProblem("width") // "语境宽度须为 5–80 字。"
 */
export function paramProblem(param: string): string {
  if (param === "q") return `检索词过长（最多 ${LIMITS.maxQueryLength} 字）。`;
  if ((FILTER_FIELDS as readonly string[]).includes(param)) return `${FILTER_LABEL[param as FilterField]}筛选条件过长（最多 ${LIMITS.maxQueryLength} 字）。`;
  if (param === "width") return `语境宽度须为 ${CONTEXT.min}–${CONTEXT.max} 字。`;
  if (param === "sort") return "未知的排序方式。";
  if (param === "by") return "未知的分组方式。";
  return "参数有误。";
}
