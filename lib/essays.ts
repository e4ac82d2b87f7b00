import { getCorpus } from "./corpus-store";
import type { Author, Essay } from "./types";

/**
 * What pages ask of the corpus. Each returns app types; pages render them.
 */

/** Every essay in corpus order. */
export function listEssays(): Essay[] {
  return getCorpus().corpus.essays;
}

/** One essay by id, or null. */
export function findEssay(id: string): Essay | null {
  return getCorpus().essaysById.get(id) ?? null;
}

/**
 * How an author is shown: the name, or （未署名） for a piece signed only with an
 * author note; the institution and role after it when the text gives them.
 *
 * @example describeAuthor({ name: null, institution: "西南大学国家治理学院", role: "教授", affiliations: [] }) // "（未署名）　西南大学国家治理学院教授"
 */
export function describeAuthor(author: Author): string {
  const name = author.name ?? "（未署名）";
  const where = [author.institution, author.role].filter(Boolean).join("");
  return where ? `${name}　${where}` : name;
}
