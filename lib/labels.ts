import type { KwicSort } from "./research/concordance";
import type { FilterField } from "./search/query";
import type { BlockKind } from "./types";

/** Names the interface shows for the app's codes, in one place so pages, exports and the API say the same. */

/** Kinds of block. */
export const KIND_LABEL: Record<BlockKind, string> = { heading: "小标题", summary: "阅读提要", abstract: "摘要", body: "正文" };

/** Filter fields. */
export const FILTER_LABEL: Record<FilterField, string> = { author: "作者", institution: "机构", source: "来源", theme: "主题" };

/** Concordance orders. */
export const KWIC_SORT_LABEL: Record<KwicSort, string> = { position: "语料顺序", left: "左语境", right: "右语境", essay: "文章", author: "作者" };
