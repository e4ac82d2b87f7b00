import type { AuthorRecord } from "../types";

/**
 * How an author without a printed name is called, in one place: pages,
 * facets, the distribution chart and the exports all say the same.
 */

/** A piece that names an institution but no person. */
export const UNNAMED_AUTHOR = "未署名";
/** An unnamed author as a noun (headings, links). */
export const UNNAMED_AUTHOR_NOUN = `${UNNAMED_AUTHOR}作者`;
/** An essay with no author line at all. */
export const NO_AUTHOR = "作者不详";
/** An unnamed author whose institution is not known either. */
export const UNKNOWN_INSTITUTION = "机构不详";

/**
 * The label of an author record: the name, or 未署名 with the institution.
 *
 * @example authorRecordLabel({ name: null, institutions: ["西南大学国家治理学院"] }) // "未署名（西南大学国家治理学院）"
 */
export function authorRecordLabel(author: Pick<AuthorRecord, "name" | "institutions">): string {
  return author.name ?? `${UNNAMED_AUTHOR}（${author.institutions[0] ?? UNKNOWN_INSTITUTION}）`;
}
