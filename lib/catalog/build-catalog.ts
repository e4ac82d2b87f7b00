import { CATALOG_FORMAT_VERSION, type Catalog, type Corpus, type Essay, type ThemeConfig } from "../types";
import { buildAuthors } from "./authors";
import { countTerms } from "./term-counts";
import { buildThemes } from "./themes";

/**
 * What readers browse by, computed once at build time from the corpus:
 * authors (grouped by name, unnamed ones by institution), themes (curated
 * term sets plus the corpus's own top keywords) with the paragraphs that
 * belong to each, and each essay's keywords. Written to `generated/catalog.json`.
 * Authors are built in authors.ts, themes in themes.ts.
 */

/** The text tools the catalog needs, so the build passes nodejieba in and tests can too. */
export interface CatalogTools {
  segment: (text: string) => string[];
  keywords: (text: string, count: number) => string[];
  isContentWord: (word: string) => boolean;
}

/** How many keywords each essay gets. */
const ESSAY_KEYWORDS = 8;

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
  const { authors, authorSlugs } = buildAuthors(corpus, countsByEssay, tools.isContentWord);
  const themes = buildThemes(corpus, curated, keywords);
  const essayThemes: Record<string, string[]> = Object.fromEntries(corpus.essays.map((e) => [e.id, []]));
  const byStrength = themes.flatMap((t) => t.essays.map((e) => ({ essay: e.id, slug: t.slug, score: e.score }))).sort((a, b) => b.score - a.score);
  for (const { essay, slug } of byStrength) essayThemes[essay]?.push(slug);
  return { formatVersion: CATALOG_FORMAT_VERSION, authors, authorSlugs, themes, essayThemes, keywords };
}
