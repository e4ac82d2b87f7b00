import { pinyin } from "pinyin-pro";
import { slugify } from "../corpus/ids";
import { matchForm } from "../text/match-form";
import type { AuthorRecord, Corpus, Essay, TermCount } from "../types";
import { countTerms } from "./term-counts";

/**
 * Authors as readers browse them, built once at build time: grouped by the
 * match form of their name (the form search matches names in), with their
 * affiliations, essays and the terms that set each apart.
 */

/** How many distinctive terms each author gets, and how often a term must occur to count. */
const DISTINCTIVE_TERMS = { count: 12, minOccurrences: 2, smoothing: 0.5 };

/**
 * Author records: one per person (grouped by the match form of the name, so
 * 石建勳 and 石建勋 are one), one per institution for unnamed pieces; and for
 * each essay, the slug of each of its authors.
 *
 * @example buildAuthors(corpus, countsByEssay, isContentWord).authors[0]?.slug // "chen-yun-ping"
 */
export function buildAuthors(corpus: Corpus, countsByEssay: Map<string, Map<string, number>>, isContentWord: (w: string) => boolean): { authors: AuthorRecord[]; authorSlugs: Record<string, string[]> } {
  const everyone = new Map<string, number>();
  for (const counts of countsByEssay.values()) for (const [term, n] of counts) everyone.set(term, (everyone.get(term) ?? 0) + n);
  const groups = new Map<string, { name: string | null; names: Set<string>; institution: string | null; essays: Essay[]; entries: { essay: Essay; index: number }[] }>();
  corpus.essays.forEach((essay) => {
    essay.authors.forEach((author, index) => {
      const key = author.name ? `name:${matchForm(author.name)}` : `unnamed:${author.institution ?? ""}`;
      const group = groups.get(key) ?? { name: author.name, names: new Set<string>(), institution: author.institution, essays: [], entries: [] };
      if (author.name) group.names.add(author.name).add(matchForm(author.name));
      if (!group.essays.includes(essay)) group.essays.push(essay);
      group.entries.push({ essay, index });
      groups.set(key, group);
    });
  });

  const records: AuthorRecord[] = [];
  const authorSlugs: Record<string, string[]> = Object.fromEntries(corpus.essays.map((e) => [e.id, e.authors.map(() => "")]));
  const usedSlugs = new Map<string, number>();
  const keys = [...groups.keys()].sort();
  for (const key of keys) {
    const group = groups.get(key)!;
    const unnamed = group.name === null;
    const base = unnamed ? `unnamed-${slugify(group.institution ?? "wei-zhi", 12) || "wei-zhi"}` : slugify(matchForm(group.name!), 8, { surname: true }) || "author";
    const seen = (usedSlugs.get(base) ?? 0) + 1;
    usedSlugs.set(base, seen);
    const slug = seen === 1 ? base : `${base}-${seen}`;
    const affiliations = group.entries.flatMap(({ essay, index }) => essay.authors[index]!.affiliations);
    const sortKey = unnamed
      ? pinyin(group.institution ?? "", { toneType: "none", type: "array" }).join(" ")
      : pinyin(matchForm(group.name!), { toneType: "none", type: "array", surname: "head" }).join(" ");
    const initial = /^[a-z]/u.test(sortKey) ? sortKey[0]!.toUpperCase() : "#";
    const own = new Map<string, number>();
    for (const e of group.essays) for (const [term, n] of countsByEssay.get(e.id) ?? []) own.set(term, (own.get(term) ?? 0) + n);
    const rest = new Map<string, number>();
    for (const [term, n] of everyone) {
      const left = n - (own.get(term) ?? 0);
      if (left > 0) rest.set(term, left);
    }
    records.push({
      slug,
      name: group.name,
      aliases: [...group.names],
      unnamed,
      institutions: unique(affiliations.map((a) => a.institution)),
      roles: unique(affiliations.map((a) => a.role)),
      affiliations: [...new Map(affiliations.map((a) => [`${a.institution}\u0000${a.role}`, a])).values()],
      sortKey,
      initial,
      essays: group.entries.map(({ essay, index }) => ({
        id: essay.id,
        displayTitle: essay.displayTitle,
        institution: essay.authors[index]!.institution,
        role: essay.authors[index]!.role,
      })),
      paragraphCount: group.essays.reduce((n, e) => n + e.paragraphs.length, 0),
      distinctiveTerms: distinctiveTermsFromCounts(own, rest, isContentWord),
    });
    for (const { essay, index } of group.entries) authorSlugs[essay.id]![index] = slug;
  }
  records.sort((a, b) => Number(a.unnamed) - Number(b.unnamed) || a.sortKey.localeCompare(b.sortKey) || a.slug.localeCompare(b.slug));
  return { authors: records, authorSlugs };
}

/**
 * Terms used far more by one author than by everyone else: smoothed log
 * ratio of the term's share of the author's tokens to its share of the rest.
 *
 * @example distinctiveTerms(["共同缔造", "共同缔造", "发展"], ["发展", "发展"], () => true)[0]?.term // "共同缔造"
 */
export function distinctiveTerms(own: readonly string[], rest: readonly string[], isContentWord: (w: string) => boolean): TermCount[] {
  return distinctiveTermsFromCounts(countTerms(own), countTerms(rest), isContentWord);
}

/** `distinctiveTerms` over term counts, so the rest of the corpus is counted once, not once per author. */
function distinctiveTermsFromCounts(countOwn: Map<string, number>, countRest: Map<string, number>, isContentWord: (w: string) => boolean): TermCount[] {
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const ownTotal = total(countOwn);
  const restTotal = total(countRest);
  let vocabulary = countRest.size;
  for (const term of countOwn.keys()) if (!countRest.has(term)) vocabulary++;
  const a = DISTINCTIVE_TERMS.smoothing;
  const scored = [...countOwn]
    .filter(([term, n]) => n >= DISTINCTIVE_TERMS.minOccurrences && isContentWord(term))
    .map(([term, n]) => {
      const pOwn = (n + a) / (ownTotal + a * vocabulary);
      const pRest = ((countRest.get(term) ?? 0) + a) / (restTotal + a * vocabulary);
      return { term, count: n, score: Math.log(pOwn / pRest) };
    })
    .filter((t) => t.score > 0)
    .sort((x, y) => y.score - x.score || y.count - x.count || x.term.localeCompare(y.term));
  return scored.slice(0, DISTINCTIVE_TERMS.count).map(({ term, count }) => ({ term, count }));
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null && v !== ""))];
}
