import { slugify } from "../corpus/ids";
import { bm25, idf } from "../stats/bm25";
import { matchForm } from "../text/match-form";
import { countOccurrences } from "../text/occurrences";
import type { Corpus, TermCount, ThemeConfig, ThemeParagraph, ThemeRecord } from "../types";

/**
 * Themes, built once at build time. A paragraph belongs to a theme when its
 * match form (lib/text/match-form.ts) contains one of the theme's terms:
 * exactly the paragraphs a search for the terms finds, so a theme page and
 * the search for its words never disagree (tested). Counts are the app's one
 * occurrence count (lib/text/occurrences.ts) and the weight its one BM25
 * (lib/stats/bm25.ts).
 */

/**
 * Themes from the corpus's own keywords: at most `count` of them, each a
 * keyword of at least `minEssays` essays, found in at most `maxShare` of all
 * paragraphs (发展 is in most of them and tells a reader nothing), and not
 * overlapping a curated theme's terms.
 */
const AUTO_THEMES = { count: 6, minEssays: 2, maxShare: 0.2 };

/**
 * The themes: the curated ones, then up to AUTO_THEMES.count made from the
 * corpus's own shared keywords, each with its member paragraphs (those whose
 * match form contains one of its terms; headings left out) scored by BM25
 * over its terms, and its essays by the sum of their paragraphs' scores.
 *
 * @example buildThemes(corpus, curated, keywords)[0]?.paragraphs.length
 */
export function buildThemes(corpus: Corpus, curated: readonly ThemeConfig[], keywords: Record<string, string[]>): ThemeRecord[] {
  const paragraphs = corpus.essays.flatMap((essay) =>
    essay.paragraphs.filter((p) => p.kind !== "heading").map((p) => ({ essay, p, folded: matchForm(p.text) })),
  );
  const averageLength = paragraphs.reduce((n, x) => n + x.folded.length, 0) / Math.max(1, paragraphs.length);

  const curatedTerms = [...new Set(curated.flatMap((t) => t.terms.map(matchForm)))];
  const autoTerms = pickAutoThemeTerms(corpus, keywords, paragraphs.map((x) => x.folded), curatedTerms);
  const configs = [
    ...curated.map((t) => ({ name: t.name, terms: t.terms, description: t.description ?? null, auto: false })),
    ...autoTerms.map((term) => ({ name: term, terms: [term], description: null, auto: true })),
  ];

  const slugs = new Map<string, number>();
  return configs.map((config) => {
    const terms = config.terms.map(matchForm);
    const documentFrequency = terms.map((term) => paragraphs.filter((x) => x.folded.includes(term)).length);
    const members: ThemeParagraph[] = [];
    for (const { essay, p, folded } of paragraphs) {
      let score = 0;
      const matched: TermCount[] = [];
      terms.forEach((term, i) => {
        const tf = countOccurrences(folded, term);
        if (tf === 0) return;
        score += bm25(tf, idf(documentFrequency[i]!, paragraphs.length), folded.length, averageLength);
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
    .map(([term, n]) => ({ term, n, df: paragraphs.filter((p) => p.includes(matchForm(term))).length }))
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

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
