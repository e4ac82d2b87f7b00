import type { AuthorRecord } from "../types";
import { getCatalog } from "../server/store";
import { matchForm } from "../text/match-form";

/** Authors for the browse pages. */

/** Every author, named ones by pinyin, then unnamed ones by institution. */
export function listAuthors(): AuthorRecord[] {
  return getCatalog().authors;
}

/**
 * An author by slug, or by name in any form it was printed or folds to
 * (石建勳 and 石建勋 both find the author printed 石建勳). Null when none.
 *
 * @example findAuthor("石建勋")?.slug // "shi-jian-xun"
 */
export function findAuthor(key: string): AuthorRecord | null {
  const authors = listAuthors();
  const bySlug = authors.find((a) => a.slug === key);
  if (bySlug) return bySlug;
  const folded = matchForm(key);
  return authors.find((a) => a.aliases.includes(key) || a.aliases.includes(folded)) ?? null;
}

/** Named authors grouped by the initial of their pinyin, in order. */
export function authorsByInitial(): { initial: string; authors: AuthorRecord[] }[] {
  const groups = new Map<string, AuthorRecord[]>();
  for (const author of listAuthors().filter((a) => !a.unnamed)) groups.set(author.initial, [...(groups.get(author.initial) ?? []), author]);
  return [...groups].map(([initial, authors]) => ({ initial, authors }));
}

/** Authors who signed only with an author note, by institution. */
export function unnamedAuthors(): AuthorRecord[] {
  return listAuthors().filter((a) => a.unnamed);
}
