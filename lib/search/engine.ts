import type { Catalog } from "../catalog";
import { candidateIds, type BuiltIndex } from "../search-index";
import type { Essay, Paragraph } from "../types";
import { findSpans, type Span } from "./highlight";
import { matchForm } from "./normalize";
import { FILTER_FIELDS, isEmptyQuery, parseQuery, type FilterField, type ParsedQuery, type QueryUnit } from "./query";
import { bm25, occurrences, RANKING, shortestCover } from "./rank";

/**
 * The search engine: exact matching on match forms, candidates from the
 * FlexSearch character-pair index, BM25 plus bonuses for order (see rank.ts),
 * facets over the whole result set. Built once per process from the
 * generated files (see service.ts); `search` is synchronous and pure.
 */

export type SortOrder = "relevance" | "position";

export interface SearchRequest {
  query: string;
  /** Filters from URL parameters; they combine with filters written in the query. */
  filters?: Partial<Record<FilterField, string[]>>;
  offset?: number;
  limit?: number;
  sort?: SortOrder;
}

export interface SearchHit {
  essay: Essay;
  paragraph: Paragraph;
  score: number;
  /** Spans of `paragraph.text` to mark. */
  highlights: Span[];
}

export interface FacetValue {
  /** What to put in the filter parameter. */
  value: string;
  /** What to show. */
  label: string;
  count: number;
}

export interface SearchResponse {
  parsed: ParsedQuery;
  total: number;
  hits: SearchHit[];
  facets: Record<"authors" | "institutions" | "sources" | "themes", FacetValue[]>;
  /** For a query with no result: queries that do have results, with their counts. Never mixed into `hits`. */
  suggestions: { query: string; total: number }[];
}

/** Everything the engine knows about one indexed paragraph. */
interface Doc {
  essay: Essay;
  paragraph: Paragraph;
  form: string;
  titleForm: string;
  sectionForm: string;
  authorForms: string[];
  authorSlugs: string[];
  institutions: string[];
  institutionForms: string[];
  themes: string[];
}

/** An institution is found by part of its name only when the part is this long (同济大学 in 同济大学国家创新发展研究院). */
const INSTITUTION_PART_MIN = 4;
/** How many unit matches and document frequencies are remembered between queries. */
const CACHE_SIZE = 2000;

export class SearchEngine {
  private readonly docs: Doc[];
  private readonly averageLength: number;
  private readonly matches = new BoundedCache<number[]>(CACHE_SIZE);
  private readonly frequencies = new BoundedCache<number>(CACHE_SIZE);
  private readonly docIdByParagraph: Map<string, number>;

  constructor(
    private readonly index: BuiltIndex,
    essays: readonly Essay[],
    private readonly catalog: Catalog,
    private readonly segment: (text: string) => string[],
  ) {
    const byParagraph = new Map(essays.flatMap((essay) => essay.paragraphs.map((paragraph) => [paragraph.id, { essay, paragraph }] as const)));
    const themesByParagraph = new Map<string, string[]>();
    for (const theme of catalog.themes) for (const p of theme.paragraphs) themesByParagraph.set(p.id, [...(themesByParagraph.get(p.id) ?? []), theme.slug]);
    this.docs = index.paragraphOrder.map((id) => {
      const found = byParagraph.get(id);
      if (!found) throw new Error(`the index names paragraph ${id}, which the corpus does not have: rebuild with npm run index`);
      const { essay, paragraph } = found;
      const section = [...essay.paragraphs.slice(0, paragraph.n - 1)].reverse().find((p) => p.kind === "heading");
      const institutions = essay.authors.flatMap((a) => a.affiliations.flatMap((f) => (f.institution ? [f.institution] : [])));
      return {
        essay,
        paragraph,
        form: matchForm(paragraph.text),
        titleForm: matchForm(essay.displayTitle),
        sectionForm: section ? matchForm(section.text) : "",
        authorForms: essay.authors.flatMap((a) => (a.name ? [matchForm(a.name)] : [])),
        authorSlugs: catalog.authorSlugs[essay.id] ?? [],
        institutions,
        institutionForms: institutions.map(matchForm),
        themes: themesByParagraph.get(paragraph.id) ?? [],
      };
    });
    this.docIdByParagraph = new Map(this.docs.map((d, i) => [d.paragraph.id, i]));
    this.averageLength = this.docs.reduce((n, d) => n + d.form.length, 0) / Math.max(1, this.docs.length);
  }

  /** Number of indexed paragraphs. */
  get size(): number {
    return this.docs.length;
  }

  /**
   * Runs a query.
   *
   * @example engine.search({ query: "新质生产力 -发展", limit: 10 }).total
   */
  search(request: SearchRequest): SearchResponse {
    const parsed = parseQuery(request.query);
    for (const field of FILTER_FIELDS) parsed.filters[field].push(...(request.filters?.[field] ?? []));
    const empty: SearchResponse = { parsed, total: 0, hits: [], facets: { authors: [], institutions: [], sources: [], themes: [] }, suggestions: [] };
    if (isEmptyQuery(parsed)) return empty;

    const matched = this.match(parsed);
    const scored = matched.map((id) => ({ id, score: this.score(this.docs[id]!, parsed) }));
    if ((request.sort ?? "relevance") === "relevance") scored.sort((a, b) => b.score - a.score || a.id - b.id);
    else scored.sort((a, b) => a.id - b.id);

    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    const positive = parsed.groups.flat().map((u) => u.form);
    const hits = scored.slice(offset, offset + limit).map(({ id, score }) => {
      const doc = this.docs[id]!;
      return { essay: doc.essay, paragraph: doc.paragraph, score: Math.round(score * 1000) / 1000, highlights: findSpans(doc.paragraph.text, positive) };
    });
    return {
      parsed,
      total: matched.length,
      hits,
      facets: this.facets(matched),
      suggestions: matched.length === 0 ? this.suggest(parsed) : [],
    };
  }

  /** Index ids of the paragraphs the query matches, in corpus order. */
  private match(parsed: ParsedQuery): number[] {
    let result: Set<number> | null = null;
    const narrow = (ids: Iterable<number>) => {
      const next = new Set(ids);
      result = result === null ? next : new Set([...result].filter((id) => next.has(id)));
    };
    for (const group of parsed.groups) narrow(group.flatMap((unit) => this.matchUnit(unit.form, true)));
    for (const field of FILTER_FIELDS) {
      for (const value of parsed.filters[field]) narrow(this.matchFilter(field, value));
    }
    const matched = result ?? new Set(this.docs.keys());
    for (const unit of parsed.excluded) for (const id of this.matchUnit(unit.form, false)) matched.delete(id);
    return [...matched].sort((a, b) => a - b);
  }

  /**
   * Paragraphs whose match form contains `form`; with `metadata`, also the
   * paragraphs of essays whose author is named `form` or whose institution is or contains it.
   */
  private matchUnit(form: string, metadata: boolean): number[] {
    const key = `${metadata ? "m" : "t"}:${form}`;
    const cached = this.matches.get(key);
    if (cached) return cached;
    const ids = candidateIds(this.index, form).filter((id) => this.docs[id]!.form.includes(form));
    if (metadata) {
      const seen = new Set(ids);
      this.docs.forEach((doc, id) => {
        if (!seen.has(id) && this.isAboutAuthor(doc, form)) ids.push(id);
      });
    }
    this.matches.set(key, ids);
    return ids;
  }

  private isAboutAuthor(doc: Doc, form: string): boolean {
    return (
      doc.authorForms.includes(form) ||
      doc.institutionForms.some((inst) => inst === form || (form.length >= INSTITUTION_PART_MIN && inst.includes(form)))
    );
  }

  private matchFilter(field: FilterField, value: string): number[] {
    const form = matchForm(value);
    const ids: number[] = [];
    if (field === "theme") {
      const theme = this.catalog.themes.find((t) => t.slug === value || t.name === value || matchForm(t.name) === form);
      for (const p of theme?.paragraphs ?? []) {
        const id = this.docIdByParagraph.get(p.id);
        if (id !== undefined) ids.push(id);
      }
      return ids;
    }
    const slugs =
      field === "author"
        ? new Set(this.catalog.authors.filter((a) => a.slug === value || a.aliases.some((alias) => matchForm(alias) === form)).map((a) => a.slug))
        : null;
    this.docs.forEach((doc, id) => {
      const keep =
        field === "author"
          ? doc.authorSlugs.some((slug) => slugs!.has(slug))
          : field === "institution"
            ? doc.institutionForms.some((inst) => inst === form || (form.length >= INSTITUTION_PART_MIN && inst.includes(form)))
            : doc.essay.source.file === value || doc.essay.source.label === value;
      if (keep) ids.push(id);
    });
    return ids;
  }

  /** The score of rank.ts. */
  private score(doc: Doc, parsed: ParsedQuery): number {
    let score = 0;
    const terms = new Set(parsed.groups.flat().flatMap((unit) => this.termsOf(unit)));
    for (const term of terms) score += bm25(occurrences(doc.form, term), this.documentFrequency(term), this.docs.length, doc.form.length, this.averageLength);
    const firstUnits = parsed.groups.map((g) => g.find((u) => doc.form.includes(u.form)) ?? g[0]!);
    for (const group of parsed.groups) {
      if (group.some((u) => this.isAboutAuthor(doc, u.form))) score += RANKING.author;
      if (group.some((u) => doc.titleForm.includes(u.form))) score += RANKING.title;
      if (group.some((u) => doc.sectionForm.includes(u.form) || (doc.paragraph.kind === "heading" && doc.form.includes(u.form)))) score += RANKING.heading;
    }
    if (parsed.groups.some((g) => g.some((u) => doc.form.startsWith(u.form)))) score += RANKING.lead;
    if (doc.paragraph.kind === "summary") score += RANKING.summary;
    if (firstUnits.length >= 2) {
      const forms = firstUnits.map((u) => u.form);
      if (doc.form.includes(forms.join(""))) score += RANKING.phrase;
      const cover = shortestCover(doc.form, forms);
      if (cover !== null) score += RANKING.proximity * (forms.reduce((n, f) => n + f.length, 0) / cover);
    }
    return score;
  }

  /**
   * The jieba terms of a query unit, cut from its match form so that a quoted
   * phrase, the same words typed together, and a Traditional spelling all
   * weigh the same; one character is its own term.
   */
  private termsOf(unit: QueryUnit): string[] {
    if ([...unit.form].length === 1) return [unit.form];
    const terms = this.segment(unit.form).map(matchForm).filter((t) => t !== "");
    return terms.length > 0 ? terms : [unit.form];
  }

  private documentFrequency(term: string): number {
    const cached = this.frequencies.get(term);
    if (cached !== undefined) return cached;
    const df = this.matchUnit(term, false).length;
    this.frequencies.set(term, df);
    return df;
  }

  private facets(ids: readonly number[]): SearchResponse["facets"] {
    const authors = new Counter();
    const institutions = new Counter();
    const sources = new Counter();
    const themes = new Counter();
    const authorNames = new Map(this.catalog.authors.map((a) => [a.slug, a.name ?? `未署名（${a.institutions[0] ?? "机构不详"}）`]));
    const themeNames = new Map(this.catalog.themes.map((t) => [t.slug, t.name]));
    for (const id of ids) {
      const doc = this.docs[id]!;
      for (const slug of new Set(doc.authorSlugs)) authors.add(slug, authorNames.get(slug) ?? slug);
      for (const inst of new Set(doc.institutions)) institutions.add(inst, inst);
      sources.add(doc.essay.source.file, doc.essay.source.label);
      for (const slug of doc.themes) themes.add(slug, themeNames.get(slug) ?? slug);
    }
    return { authors: authors.values(), institutions: institutions.values(), sources: sources.values(), themes: themes.values() };
  }

  /** Queries with results to offer when a query has none: each word alone, and a long word cut into its terms. */
  private suggest(parsed: ParsedQuery): { query: string; total: number }[] {
    const candidates = new Set<string>();
    const units = parsed.groups.map((g) => g[0]!);
    if (units.length >= 2) for (const u of units) candidates.add(u.phrase ? `"${u.text}"` : u.text);
    for (const u of units) {
      const terms = this.segment(u.text).filter((t) => matchForm(t) !== "");
      if (terms.length >= 2) candidates.add(terms.join(" "));
    }
    const out: { query: string; total: number }[] = [];
    for (const query of candidates) {
      const total = this.match(parseQuery(query)).length;
      if (total > 0) out.push({ query, total });
    }
    return out.sort((a, b) => b.total - a.total).slice(0, 5);
  }
}

class Counter {
  private readonly counts = new Map<string, { label: string; count: number }>();
  add(value: string, label: string): void {
    const entry = this.counts.get(value) ?? { label, count: 0 };
    entry.count++;
    this.counts.set(value, entry);
  }
  values(): FacetValue[] {
    return [...this.counts]
      .map(([value, { label, count }]) => ({ value, label, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "zh"));
  }
}

/** A map that forgets its oldest entries past `size`, so a flood of distinct queries cannot grow memory without bound. */
class BoundedCache<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly size: number) {}
  get(key: string): T | undefined {
    return this.map.get(key);
  }
  set(key: string, value: T): void {
    if (this.map.size >= this.size) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }
}
