import { pinyin } from "pinyin-pro";
import { slugify } from "../corpus/ids";
import { CATALOG_FORMAT_VERSION } from "../generated/files";
import { foldText } from "../text/fold";
import type { Affiliation, Corpus, Essay } from "../types";

/**
 * What readers browse by, computed once at build time from the corpus:
 * authors (grouped by name, unnamed ones by institution), themes (curated
 * term sets plus the corpus's own top keywords) with the paragraphs that
 * belong to each, and each essay's keywords. Written to `generated/catalog.json`.
 */

export { CATALOG_FORMAT_VERSION };

/** A term and how often it occurs. */
export interface TermCount {
  term: string;
  count: number;
}

/** One person, or the unnamed author(s) of one institution. */
export interface AuthorRecord {
  /** URL slug: pinyin of the (Simplified) name, or `unnamed-` and the institution's pinyin. */
  slug: string;
  /** Name as printed; null for unnamed authors. */
  name: string | null;
  /** Every form the name may be looked up by: as printed and folded to Simplified. */
  aliases: string[];
  unnamed: boolean;
  institutions: string[];
  roles: string[];
  /** Every distinct institution–role pair the author notes give. */
  affiliations: Affiliation[];
  /** Pinyin used for sorting (surname readings for the first character). */
  sortKey: string;
  /** Upper-case initial letter of `sortKey`, or "#". */
  initial: string;
  essays: { id: string; displayTitle: string; institution: string | null; role: string | null }[];
  paragraphCount: number;
  /** Terms this author uses far more than the rest of the corpus, most distinctive first. */
  distinctiveTerms: TermCount[];
}

/** A paragraph's membership in a theme. */
export interface ThemeParagraph {
  id: string;
  essayId: string;
  n: number;
  /** BM25 over the theme's terms: how strongly the paragraph belongs. */
  score: number;
  /** The theme's terms found in the paragraph, most frequent first. */
  matched: TermCount[];
}

export interface ThemeRecord {
  slug: string;
  name: string;
  description: string | null;
  terms: string[];
  /** True for a theme made from the corpus's own top keywords rather than the curated file. */
  auto: boolean;
  paragraphs: ThemeParagraph[];
  essays: { id: string; score: number; paragraphCount: number }[];
}

export interface Catalog {
  formatVersion: number;
  authors: AuthorRecord[];
  /** For each essay id, the author slug of each entry of `essay.authors`, in order. */
  authorSlugs: Record<string, string[]>;
  themes: ThemeRecord[];
  /** For each essay id, the slugs of the themes it belongs to, strongest first. */
  essayThemes: Record<string, string[]>;
  /** For each essay id, its TF-IDF keywords. */
  keywords: Record<string, string[]>;
}

/** A curated theme as written in `seeds/themes.json`. */
export interface ThemeConfig {
  name: string;
  terms: string[];
  description?: string;
}

/** The text tools the catalog needs, so the build passes nodejieba in and tests can too. */
export interface CatalogTools {
  segment: (text: string) => string[];
  keywords: (text: string, count: number) => string[];
  isContentWord: (word: string) => boolean;
}

/** How many keywords each essay gets. */
const ESSAY_KEYWORDS = 8;
/** How many distinctive terms each author gets, and how often a term must occur to count. */
const DISTINCTIVE_TERMS = { count: 12, minOccurrences: 2, smoothing: 0.5 };
/**
 * Themes from the corpus's own keywords: at most `count` of them, each a
 * keyword of at least `minEssays` essays, found in at most `maxShare` of all
 * paragraphs (发展 is in most of them and tells a reader nothing), and not
 * overlapping a curated theme's terms.
 */
const AUTO_THEMES = { count: 6, minEssays: 2, maxShare: 0.2 };
/** BM25 parameters for theme membership. */
const BM25 = { k1: 1.2, b: 0.75 };

/**
 * Builds the catalog.
 *
 * @example buildCatalog(corpus, themes, { segment: segmentText, keywords: extractKeywords, isContentWord })
 */
export function buildCatalog(corpus: Corpus, curated: readonly ThemeConfig[], tools: CatalogTools): Catalog {
  const readable = (e: Essay) => e.paragraphs.filter((p) => p.kind !== "heading");
  const countsByEssay = new Map(corpus.essays.map((e) => [e.id, countTerms(readable(e).flatMap((p) => tools.segment(p.text)))]));
  const keywords = Object.fromEntries(
    corpus.essays.map((e) => [e.id, tools.keywords(e.paragraphs.map((p) => p.text).join("\n"), ESSAY_KEYWORDS)]),
  );
  const { authors, authorSlugs } = buildAuthors(corpus, countsByEssay, tools);
  const themes = buildThemes(corpus, curated, keywords);
  const essayThemes: Record<string, string[]> = Object.fromEntries(corpus.essays.map((e) => [e.id, []]));
  const byStrength = themes.flatMap((t) => t.essays.map((e) => ({ essay: e.id, slug: t.slug, score: e.score }))).sort((a, b) => b.score - a.score);
  for (const { essay, slug } of byStrength) essayThemes[essay]?.push(slug);
  return { formatVersion: CATALOG_FORMAT_VERSION, authors, authorSlugs, themes, essayThemes, keywords };
}

function buildAuthors(corpus: Corpus, countsByEssay: Map<string, Map<string, number>>, tools: CatalogTools) {
  const everyone = new Map<string, number>();
  for (const counts of countsByEssay.values()) for (const [term, n] of counts) everyone.set(term, (everyone.get(term) ?? 0) + n);
  const groups = new Map<string, { name: string | null; names: Set<string>; institution: string | null; essays: Essay[]; entries: { essay: Essay; index: number }[] }>();
  corpus.essays.forEach((essay) => {
    essay.authors.forEach((author, index) => {
      const key = author.name ? `name:${foldText(author.name)}` : `unnamed:${author.institution ?? ""}`;
      const group = groups.get(key) ?? { name: author.name, names: new Set<string>(), institution: author.institution, essays: [], entries: [] };
      if (author.name) group.names.add(author.name).add(foldText(author.name));
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
    const base = unnamed ? `unnamed-${slugify(group.institution ?? "wei-zhi", 12) || "wei-zhi"}` : slugify(foldText(group.name!), 8, { surname: true }) || "author";
    const seen = (usedSlugs.get(base) ?? 0) + 1;
    usedSlugs.set(base, seen);
    const slug = seen === 1 ? base : `${base}-${seen}`;
    const affiliations = group.entries.flatMap(({ essay, index }) => essay.authors[index]!.affiliations);
    const sortKey = unnamed
      ? pinyin(group.institution ?? "", { toneType: "none", type: "array" }).join(" ")
      : pinyin(foldText(group.name!), { toneType: "none", type: "array", surname: "head" }).join(" ");
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
      distinctiveTerms: distinctiveTermsFromCounts(own, rest, tools.isContentWord),
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

function buildThemes(corpus: Corpus, curated: readonly ThemeConfig[], keywords: Record<string, string[]>): ThemeRecord[] {
  const paragraphs = corpus.essays.flatMap((essay) =>
    essay.paragraphs.filter((p) => p.kind !== "heading").map((p) => ({ essay, p, folded: foldText(p.text) })),
  );
  const averageLength = paragraphs.reduce((n, x) => n + x.folded.length, 0) / Math.max(1, paragraphs.length);

  const curatedTerms = [...new Set(curated.flatMap((t) => t.terms.map(foldText)))];
  const autoTerms = pickAutoThemeTerms(corpus, keywords, paragraphs.map((x) => x.folded), curatedTerms);
  const configs = [
    ...curated.map((t) => ({ name: t.name, terms: t.terms, description: t.description ?? null, auto: false })),
    ...autoTerms.map((term) => ({ name: term, terms: [term], description: null, auto: true })),
  ];

  const slugs = new Map<string, number>();
  return configs.map((config) => {
    const terms = config.terms.map(foldText);
    const documentFrequency = terms.map((term) => paragraphs.filter((x) => x.folded.includes(term)).length);
    const members: ThemeParagraph[] = [];
    for (const { essay, p, folded } of paragraphs) {
      let score = 0;
      const matched: TermCount[] = [];
      terms.forEach((term, i) => {
        const tf = countOccurrences(folded, term);
        if (tf === 0) return;
        const idf = Math.log(1 + (paragraphs.length - documentFrequency[i]! + 0.5) / (documentFrequency[i]! + 0.5));
        score += (idf * tf * (BM25.k1 + 1)) / (tf + BM25.k1 * (1 - BM25.b + (BM25.b * folded.length) / averageLength));
        matched.push({ term: config.terms[i]!, count: tf });
      });
      if (matched.length > 0) members.push({ id: p.id, essayId: essay.id, n: p.n, score: round(score), matched: matched.sort((a, b) => b.count - a.count) });
    }
    members.sort((a, b) => b.score - a.score || paragraphOrder(corpus, a.id) - paragraphOrder(corpus, b.id));
    const byEssay = new Map<string, { id: string; score: number; paragraphCount: number }>();
    for (const m of members) {
      const entry = byEssay.get(m.essayId) ?? { id: m.essayId, score: 0, paragraphCount: 0 };
      entry.score = round(entry.score + m.score);
      entry.paragraphCount++;
      byEssay.set(m.essayId, entry);
    }
    const base = slugify(config.name, 8) || "theme";
    const seen = (slugs.get(base) ?? 0) + 1;
    slugs.set(base, seen);
    return {
      slug: seen === 1 ? base : `${base}-${seen}`,
      name: config.name,
      description: config.description,
      terms: config.terms,
      auto: config.auto,
      paragraphs: members,
      essays: [...byEssay.values()].sort((a, b) => b.score - a.score),
    };
  });
}

function pickAutoThemeTerms(corpus: Corpus, keywords: Record<string, string[]>, paragraphs: readonly string[], curatedTerms: readonly string[]): string[] {
  const essaysWith = new Map<string, number>();
  for (const essay of corpus.essays) for (const k of new Set(keywords[essay.id] ?? [])) essaysWith.set(k, (essaysWith.get(k) ?? 0) + 1);
  return [...essaysWith]
    .filter(([term, n]) => n >= AUTO_THEMES.minEssays && !curatedTerms.some((c) => c.includes(term) || term.includes(c)))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    // Only the most shared keywords are checked against every paragraph: the scan is the costly part.
    .slice(0, AUTO_THEMES.count * 10)
    .map(([term, n]) => ({ term, n, df: paragraphs.filter((p) => p.includes(term)).length }))
    .filter(({ df }) => df > 0 && df <= AUTO_THEMES.maxShare * paragraphs.length)
    .sort((a, b) => b.n - a.n || b.df - a.df || a.term.localeCompare(b.term))
    .slice(0, AUTO_THEMES.count)
    .map(({ term }) => term);
}

let orderCache: { corpus: Corpus; order: Map<string, number> } | null = null;

function paragraphOrder(corpus: Corpus, id: string): number {
  if (orderCache?.corpus !== corpus) {
    orderCache = { corpus, order: new Map(corpus.essays.flatMap((e) => e.paragraphs.map((p) => p.id)).map((pid, i) => [pid, i])) };
  }
  return orderCache.order.get(id) ?? 0;
}

function countTerms(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Non-overlapping occurrences of `term` in `text`. */
export function countOccurrences(text: string, term: string): number {
  if (term === "") return 0;
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null && v !== ""))];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
