import { UNNAMED_AUTHOR } from "../catalog/author-labels";
import { getCatalog, getCorpus } from "../server/store";
import type { Author, Essay, Paragraph } from "../types";

/** What pages ask of the corpus about essays. Each returns app types; pages render them. */

/** Every essay in corpus order. */
export function listEssays(): Essay[] {
  return getCorpus().corpus.essays;
}

/** One essay by id, or null. */
export function findEssay(id: string): Essay | null {
  return getCorpus().essaysById.get(id) ?? null;
}

/** A paragraph and its essay by paragraph id (`<essay id>-p<n>`), or null. */
export function findParagraph(id: string): { essay: Essay; paragraph: Paragraph } | null {
  return getCorpus().paragraphsById.get(id) ?? null;
}

/** The essays before and after this one in corpus order. */
export function essayNeighbours(essay: Essay): { previous: Essay | null; next: Essay | null } {
  const essays = listEssays();
  return { previous: essays[essay.order - 1] ?? null, next: essays[essay.order + 1] ?? null };
}

/** An essay's authors with the slug of each one's author page. */
export function authorsWithSlugs(essay: Essay): (Author & { slug: string })[] {
  const slugs = getCatalog().authorSlugs[essay.id] ?? [];
  return essay.authors.map((author, i) => ({ ...author, slug: slugs[i] ?? "" }));
}

/** The other pieces printed under the same banner, and the banner itself. */
export function collectionOf(essay: Essay): { banner: Essay; pieces: Essay[] } | null {
  const bannerId = essay.pieces.length > 0 ? essay.id : essay.collection?.id;
  const banner = bannerId ? findEssay(bannerId) : null;
  if (!banner) return null;
  return { banner, pieces: banner.pieces.map((p) => findEssay(p.id)).filter((e): e is Essay => e !== null) };
}

/** The essay's keywords (TF-IDF over its text, computed at build time). */
export function essayKeywords(essay: Essay): string[] {
  return getCatalog().keywords[essay.id] ?? [];
}

/**
 * How an author is shown in one line: the name, or （未署名） for a piece
 * signed only with an author note, then the institution and role.
 *
 * @example describeAuthor({ name: null, institution: "西南大学国家治理学院", role: "教授", affiliations: [] }) // "（未署名）　西南大学国家治理学院教授"
 */
export function describeAuthor(author: Author): string {
  const name = author.name ?? `（${UNNAMED_AUTHOR}）`;
  const where = [author.institution, author.role].filter(Boolean).join("");
  return where ? `${name}　${where}` : name;
}
