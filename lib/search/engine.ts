import type { Catalog } from "../catalog/build-catalog";
import { candidateIds, type BuiltIndex } from "./paragraph-index";
import type { Essay, Paragraph } from "../types";
import { findSpans, type Span } from "./highlight";
import { matchForm } from "../text/match-form";
import { FILTER_FIELDS, isEmptyQuery, parseQuery, type FilterField, type ParsedQuery, type QueryUnit } from "./query";
import { idf, occurrences, RANKING, shortestCover, TF_CAP } from "./rank";

/**
 * The search engine: exact matching on match forms, candidates from the
 * FlexSearch character-pair index, BM25 plus bonuses (see rank.ts), facets
 * over the whole result set. Built once per process from the generated files
 * (see service.ts); `search` is synchronous.
 *
 * Per-paragraph data is held in flat arrays indexed by the paragraph's index
 * id, and everything that belongs to an essay (title, authors, institutions)
 * is computed once per essay per query, so a query matching most of a large
 * corpus stays fast.
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

/** An institution is found by part of its name only when the part is this long (同济大学 in 同济大学国家创新发展研究院). */
const INSTITUTION_PART_MIN = 4;
/** How many match forms keep their postings between queries. */
const CACHE_SIZE = 2000;
/** How many values of each facet a response lists. */
const FACET_VALUES = 50;

/** The paragraphs containing a match form, ascending, and how often each does (capped at TF_CAP). */
interface Postings {
  ids: Uint32Array;
  tf: Uint8Array;
}

/** A query term while scoring: its postings, idf, and a cursor that moves forward as paragraphs are scored in order. */
interface QueryTerm extends Postings {
  idf: number;
  cursor: number;
}

/**
 * How often `term` occurs in paragraph `doc`. Paragraphs are usually scored in
 * ascending order, so the cursor only moves forward (O(1) a paragraph); a
 * paragraph before the cursor is found by binary search.
 */
function termFrequency(term: QueryTerm, doc: number): number {
  const { ids } = term;
  if (term.cursor > 0 && ids[term.cursor - 1]! >= doc) {
    let lo = 0;
    let hi = term.cursor;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ids[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    return ids[lo] === doc ? term.tf[lo]! : 0;
  }
  let j = term.cursor;
  while (j < ids.length && ids[j]! < doc) j++;
  term.cursor = j;
  return ids[j] === doc ? term.tf[j]! : 0;
}

/** Everything scoring one query needs (see `SearchEngine.scoring`). */
type Scoring = typeof RANKING & {
  groups: string[][];
  /** The words when every group has exactly one (so proximity and phrase do not depend on the paragraph); else null. */
  words: string[] | null;
  phrase_: string | null;
  wordsLength: number | null;
  terms: QueryTerm[];
  essayBonus: Float64Array;
  /** Per group, per section heading: 1 when the heading holds one of the group's words, 0 when not, 255 not yet known. */
  sectionHits: Uint8Array[];
  /** The most the bonuses after BM25, essay and summary can add: the bound that lets `score` stop early. */
  maxRest: number;
  averageLength: number;
};

/** One facet dimension: value ids per essay (or per paragraph, for themes) and the values' names. */
interface Dimension {
  values: string[];
  labels: string[];
}

export class SearchEngine {
  private readonly essays: Essay[];
  private readonly paragraphs: Paragraph[];
  private readonly forms: string[];
  private readonly essayOf: Uint32Array;
  private readonly isHeading: Uint8Array;
  private readonly isSummary: Uint8Array;
  /** Match-form length and first character of every paragraph: scoring reads these, not the strings, for speed. */
  private readonly lengths: Uint32Array;
  private readonly firstChars: Uint16Array;
  /** The section heading each paragraph stands under, as an index into `sectionForms` (−1: none). */
  private readonly sectionOf: Int32Array;
  private readonly sectionForms: string[];
  private readonly docsOfEssay: Uint32Array[];
  private readonly titleForms: string[];
  private readonly authorFormsOf: string[][];
  private readonly institutionFormsOf: string[][];
  private readonly authorIdsOf: Uint32Array[];
  private readonly sourceIdOf: Uint32Array;
  /** Facet value ids of every paragraph, flat: paragraph d's are `facetIds[facetStart[d] … facetStart[d + 1])`, each tagged by dimension. */
  private readonly facetIds: Uint32Array;
  private readonly facetDims: Uint8Array;
  private readonly facetStart: Uint32Array;
  private readonly authors: Dimension;
  private readonly institutions: Dimension;
  private readonly sources: Dimension;
  private readonly themes: Dimension;
  private readonly themeDocs: Uint32Array[];
  private readonly averageLength: number;
  /** Per match form: the paragraphs containing it and how often (up to TF_CAP) — an inverted list built on first use. */
  private readonly postings = new BoundedCache<Postings>(CACHE_SIZE);
  /** Per match form: the paragraphs it matches including by author or institution. */
  private readonly metadataMatches = new BoundedCache<Uint32Array>(CACHE_SIZE);

  constructor(
    private readonly index: BuiltIndex,
    essays: readonly Essay[],
    private readonly catalog: Catalog,
    private readonly segment: (text: string) => string[],
    /** Match forms of the paragraphs in index order, when the build stored them (saves folding at start). */
    forms?: readonly string[],
  ) {
    this.essays = [...essays];
    const where = new Map<string, { essay: number; paragraph: Paragraph }>();
    this.essays.forEach((e, i) => e.paragraphs.forEach((p) => where.set(p.id, { essay: i, paragraph: p })));

    const n = index.paragraphOrder.length;
    this.paragraphs = new Array<Paragraph>(n);
    this.forms = new Array<string>(n);
    this.sectionForms = [];
    this.sectionOf = new Int32Array(n).fill(-1);
    this.lengths = new Uint32Array(n);
    this.firstChars = new Uint16Array(n);
    this.essayOf = new Uint32Array(n);
    this.isHeading = new Uint8Array(n);
    this.isSummary = new Uint8Array(n);
    const docsOfEssay: number[][] = this.essays.map(() => []);
    index.paragraphOrder.forEach((id, doc) => {
      const found = where.get(id);
      if (!found) throw new Error(`the index names paragraph ${id}, which the corpus does not have: rebuild with npm run index`);
      const { essay, paragraph } = found;
      this.paragraphs[doc] = paragraph;
      const form = forms?.[doc] ?? matchForm(paragraph.text);
      this.forms[doc] = form;
      this.lengths[doc] = form.length;
      this.firstChars[doc] = form.length > 0 ? form.charCodeAt(0) : 0;
      this.essayOf[doc] = essay;
      this.isHeading[doc] = paragraph.kind === "heading" ? 1 : 0;
      this.isSummary[doc] = paragraph.kind === "summary" ? 1 : 0;
      docsOfEssay[essay]!.push(doc);
    });
    // The nearest heading before each paragraph, in essay order.
    for (const docs of docsOfEssay) {
      let section = -1;
      for (const doc of [...docs].sort((a, b) => this.paragraphs[a]!.n - this.paragraphs[b]!.n)) {
        this.sectionOf[doc] = section;
        if (this.isHeading[doc]) section = this.sectionForms.push(this.forms[doc]!) - 1;
      }
    }
    this.docsOfEssay = docsOfEssay.map((d) => Uint32Array.from(d));
    this.titleForms = this.essays.map((e) => matchForm(e.displayTitle));
    this.authorFormsOf = this.essays.map((e) => e.authors.flatMap((a) => (a.name ? [matchForm(a.name)] : [])));
    this.institutionFormsOf = this.essays.map((e) => unique(e.authors.flatMap((a) => a.affiliations.flatMap((f) => (f.institution ? [matchForm(f.institution)] : [])))));

    const authorNames = new Map(catalog.authors.map((a) => [a.slug, a.name ?? `未署名（${a.institutions[0] ?? "机构不详"}）`]));
    this.authors = { values: catalog.authors.map((a) => a.slug), labels: catalog.authors.map((a) => authorNames.get(a.slug)!) };
    const authorId = new Map(this.authors.values.map((v, i) => [v, i]));
    this.authorIdsOf = this.essays.map((e) => Uint32Array.from(unique((catalog.authorSlugs[e.id] ?? []).filter((s) => authorId.has(s))).map((s) => authorId.get(s)!)));

    const institutionNames = unique(this.essays.flatMap((e) => e.authors.flatMap((a) => a.affiliations.flatMap((f) => (f.institution ? [f.institution] : [])))));
    this.institutions = { values: institutionNames, labels: institutionNames };
    const institutionId = new Map(institutionNames.map((v, i) => [v, i]));
    const institutionIdsOf = this.essays.map((e) =>
      unique(e.authors.flatMap((a) => a.affiliations.flatMap((f) => (f.institution ? [f.institution] : [])))).map((i) => institutionId.get(i)!),
    );

    const sourceFiles = unique(this.essays.map((e) => e.source.file));
    const sourceLabel = new Map(this.essays.map((e) => [e.source.file, e.source.label]));
    this.sources = { values: sourceFiles, labels: sourceFiles.map((f) => sourceLabel.get(f)!) };
    const sourceId = new Map(sourceFiles.map((f, i) => [f, i]));
    this.sourceIdOf = Uint32Array.from(this.essays.map((e) => sourceId.get(e.source.file)!));

    this.themes = { values: catalog.themes.map((t) => t.slug), labels: catalog.themes.map((t) => t.name) };
    const docOf = new Map(index.paragraphOrder.map((id, doc) => [id, doc]));
    const themeIds: number[][] = Array.from({ length: n }, () => []);
    this.themeDocs = catalog.themes.map((theme, t) => {
      const docs = theme.paragraphs.flatMap((p) => {
        const doc = docOf.get(p.id);
        if (doc === undefined) return [];
        themeIds[doc]!.push(t);
        return [doc];
      });
      return Uint32Array.from(docs).sort();
    });
    // One flat list of (dimension, value) per paragraph, so counting facets touches only typed arrays.
    const flatIds: number[] = [];
    const flatDims: number[] = [];
    this.facetStart = new Uint32Array(n + 1);
    const add = (dimension: number, id: number) => {
      flatIds.push(id);
      flatDims.push(dimension);
    };
    for (let doc = 0; doc < n; doc++) {
      this.facetStart[doc] = flatIds.length;
      const e = this.essayOf[doc]!;
      for (const a of this.authorIdsOf[e]!) add(0, a);
      for (const i of institutionIdsOf[e]!) add(1, i);
      add(2, this.sourceIdOf[e]!);
      for (const t of themeIds[doc]!) add(3, t);
    }
    this.facetStart[n] = flatIds.length;
    this.facetIds = Uint32Array.from(flatIds);
    this.facetDims = Uint8Array.from(flatDims);

    let total = 0;
    for (const form of this.forms) total += form.length;
    this.averageLength = total / Math.max(1, n);
  }

  /** Number of indexed paragraphs. */
  get size(): number {
    return this.forms.length;
  }

  /**
   * Runs a query.
   *
   * @example engine.search({ query: "新质生产力 -发展", limit: 10 }).total
   */
  search(request: SearchRequest): SearchResponse {
    const parsed = this.parse(request);
    if (isEmptyQuery(parsed)) return { parsed, total: 0, hits: [], facets: { authors: [], institutions: [], sources: [], themes: [] }, suggestions: [] };

    const matched = this.match(parsed);
    const offset = request.offset ?? 0;
    const limit = request.limit ?? 20;
    const page = (request.sort ?? "relevance") === "relevance" ? this.topByScore(matched, parsed, offset + limit) : { docs: matched.slice(0, offset + limit), scores: null };
    const positive = parsed.groups.flat().map((u) => u.form);
    const hits: SearchHit[] = [];
    for (let i = offset; i < page.docs.length; i++) {
      const doc = page.docs[i]!;
      const paragraph = this.paragraphs[doc]!;
      const score = page.scores ? page.scores[i]! : this.score(doc, this.scoring(parsed));
      hits.push({ essay: this.essays[this.essayOf[doc]!]!, paragraph, score: Math.round(score * 1000) / 1000, highlights: findSpans(paragraph.text, positive) });
    }
    return {
      parsed,
      total: matched.length,
      hits,
      facets: this.facets(matched),
      suggestions: matched.length === 0 ? this.suggest(parsed) : [],
    };
  }

  /** The query of a request, parsed, with the request's URL filters added to those written in it. */
  parse(request: Pick<SearchRequest, "query" | "filters">): ParsedQuery {
    const parsed = parseQuery(request.query);
    for (const field of FILTER_FIELDS) parsed.filters[field].push(...(request.filters?.[field] ?? []));
    return parsed;
  }

  /** Index ids of every paragraph a parsed query matches, ascending (corpus order); none for an empty query. */
  matchAll(parsed: ParsedQuery): Uint32Array {
    return isEmptyQuery(parsed) ? new Uint32Array(0) : this.match(parsed);
  }

  /**
   * Index ids of the paragraphs the query's filters and exclusions leave,
   * whatever its words: what the research views count within.
   */
  scope(parsed: ParsedQuery): Uint32Array {
    return this.match({ ...parsed, groups: [] });
  }

  /** Index ids of the paragraphs whose text contains `form` (a match form), ascending. */
  containing(form: string): Uint32Array {
    return form === "" ? new Uint32Array(0) : this.postingsOf(form).ids;
  }

  /** The paragraph with index id `doc`. */
  paragraphAt(doc: number): Paragraph {
    return this.paragraphs[doc]!;
  }

  /** The position in the corpus of the essay of paragraph `doc`. */
  essayIndexAt(doc: number): number {
    return this.essayOf[doc]!;
  }

  /** The essay of paragraph `doc`. */
  essayAt(doc: number): Essay {
    return this.essays[this.essayOf[doc]!]!;
  }

  /** The match form of paragraph `doc` (see normalize.ts). */
  formAt(doc: number): string {
    return this.forms[doc]!;
  }

  /** Index ids of the paragraphs the query matches, ascending (corpus order). */
  private match(parsed: ParsedQuery): Uint32Array {
    let result: Uint32Array | null = null;
    const narrow = (ids: Uint32Array) => {
      result = result === null ? ids : intersect(result, ids);
    };
    for (const group of parsed.groups) narrow(unionAll(group.map((unit) => this.matchUnit(unit.form, true))));
    for (const field of FILTER_FIELDS) for (const value of parsed.filters[field]) narrow(this.matchFilter(field, value));
    let matched: Uint32Array = result ?? allIds(this.forms.length);
    for (const unit of parsed.excluded) matched = subtract(matched, this.matchUnit(unit.form, false));
    return matched;
  }

  /**
   * Paragraphs whose match form contains `form`; with `metadata`, also the
   * paragraphs of essays whose author is named `form` or whose institution is or contains it.
   */
  private matchUnit(form: string, metadata: boolean): Uint32Array {
    if (!metadata) return this.postingsOf(form).ids;
    const cached = this.metadataMatches.get(form);
    if (cached) return cached;
    let ids = this.postingsOf(form).ids;
    const essays: number[] = [];
    this.essays.forEach((_, e) => this.isAboutAuthor(e, form) && essays.push(e));
    if (essays.length > 0) ids = union(ids, Uint32Array.from(essays.flatMap((e) => [...this.docsOfEssay[e]!])).sort());
    this.metadataMatches.set(form, ids);
    return ids;
  }

  /**
   * The paragraphs containing `form`, with how often each contains it: the
   * candidates from the character-pair index, each checked and counted in one
   * pass. Cached, so a word seen before costs nothing to match or weigh.
   */
  private postingsOf(form: string): Postings {
    const cached = this.postings.get(form);
    if (cached) return cached;
    const candidates = candidateIds(this.index, form);
    // One character has no pair to look up: every paragraph is a candidate (a native scan).
    const total = candidates ? candidates.length : this.forms.length;
    const ids = new Uint32Array(total);
    const tf = new Uint8Array(total);
    let n = 0;
    for (let i = 0; i < total; i++) {
      const doc = candidates ? candidates[i]! : i;
      const count = occurrences(this.forms[doc]!, form, TF_CAP);
      if (count > 0) {
        ids[n] = doc;
        tf[n++] = count;
      }
    }
    const postings = { ids: ids.slice(0, n), tf: tf.slice(0, n) };
    this.postings.set(form, postings);
    return postings;
  }

  /** True when `form` is an author's name of essay `e`, or one of its institutions or a long enough part of one. */
  private isAboutAuthor(e: number, form: string): boolean {
    return (
      this.authorFormsOf[e]!.includes(form) ||
      this.institutionFormsOf[e]!.some((inst) => inst === form || (form.length >= INSTITUTION_PART_MIN && inst.includes(form)))
    );
  }

  private matchFilter(field: FilterField, value: string): Uint32Array {
    const form = matchForm(value);
    if (field === "theme") {
      const t = this.catalog.themes.findIndex((theme) => theme.slug === value || theme.name === value || matchForm(theme.name) === form);
      return t < 0 ? new Uint32Array(0) : this.themeDocs[t]!;
    }
    let keep: (e: number) => boolean;
    if (field === "author") {
      const ids = new Set(this.catalog.authors.flatMap((a, i) => (a.slug === value || a.aliases.some((alias) => matchForm(alias) === form) ? [i] : [])));
      keep = (e) => this.authorIdsOf[e]!.some((id) => ids.has(id));
    } else if (field === "institution") {
      keep = (e) => this.institutionFormsOf[e]!.some((inst) => inst === form || (form.length >= INSTITUTION_PART_MIN && inst.includes(form)));
    } else {
      keep = (e) => this.essays[e]!.source.file === value || this.essays[e]!.source.label === value;
    }
    const docs: number[] = [];
    this.essays.forEach((_, e) => keep(e) && docs.push(...this.docsOfEssay[e]!));
    return Uint32Array.from(docs).sort();
  }

  /** The `count` best matches by score (ties in corpus order), with their scores. */
  private topByScore(matched: Uint32Array, parsed: ParsedQuery, count: number): { docs: Uint32Array; scores: Float64Array } {
    const scoring = this.scoring(parsed);
    const k = Math.min(count, matched.length);
    // The best k so far, best first; a new match enters only if it beats the last.
    // `matched` is in corpus order, so a later match with an equal score never displaces an earlier one.
    const docs = new Uint32Array(k);
    const scores = new Float64Array(k);
    let kept = 0;
    for (let i = 0; i < matched.length; i++) {
      const doc = matched[i]!;
      // Once k are kept, a paragraph must beat the k-th (an equal score loses: it comes later in corpus order).
      const score = this.score(doc, scoring, kept === k ? scores[k - 1]! : -Infinity);
      if (kept === k && score <= scores[k - 1]!) continue;
      let at = kept < k ? kept++ : k - 1;
      while (at > 0 && scores[at - 1]! < score) {
        docs[at] = docs[at - 1]!;
        scores[at] = scores[at - 1]!;
        at--;
      }
      docs[at] = doc;
      scores[at] = score;
    }
    return { docs, scores };
  }

  /** The jieba terms of every query word, with their postings and inverse document frequencies. */
  private termsOfQuery(parsed: ParsedQuery): QueryTerm[] {
    const terms = unique(parsed.groups.flat().flatMap((unit) => this.termsOf(unit)));
    return terms.map((term) => {
      const postings = this.postingsOf(term);
      return { ...postings, idf: idf(postings.ids.length, this.forms.length), cursor: 0 };
    });
  }

  /**
   * What scoring one query needs, read once: the words' match forms per group,
   * the terms with their postings, the weights of rank.ts copied into plain
   * numbers, and a per-essay cache of the bonuses that depend only on the essay.
   */
  private scoring(parsed: ParsedQuery): Scoring {
    const groups = parsed.groups.map((g) => g.map((u) => u.form));
    const fixed = groups.every((g) => g.length === 1) ? groups.map((g) => g[0]!) : null;
    return {
      groups,
      words: fixed,
      phrase_: fixed?.join("") ?? null,
      wordsLength: fixed?.reduce((n, w) => n + w.length, 0) ?? null,
      terms: this.termsOfQuery(parsed),
      essayBonus: new Float64Array(this.essays.length).fill(NaN),
      sectionHits: groups.map(() => new Uint8Array(this.sectionForms.length).fill(255)),
      maxRest: groups.length * RANKING.heading + RANKING.lead + (groups.length >= 2 ? RANKING.phrase + RANKING.proximity : 0),
      averageLength: this.averageLength,
      ...RANKING,
    };
  }

  /**
   * The score of rank.ts for one paragraph. Reads typed arrays (length, first
   * character, section) rather than the paragraph's string wherever it can:
   * scoring a query that matches most of a large corpus is bound by memory
   * access, and a string touched is a cache miss.
   */
  private score(doc: number, s: Scoring, threshold = -Infinity): number {
    const length = this.lengths[doc]!;
    let score = 0;
    const norm = s.k1 * (1 - s.b + (s.b * length) / s.averageLength);
    for (let t = 0; t < s.terms.length; t++) {
      const term = s.terms[t]!;
      const tf = termFrequency(term, doc);
      if (tf > 0) score += (term.idf * tf * (s.k1 + 1)) / (tf + norm);
    }
    const e = this.essayOf[doc]!;
    let bonus = s.essayBonus[e]!;
    if (bonus !== bonus) bonus = s.essayBonus[e] = this.essayBonusOf(e, s);
    score += bonus;
    if (this.isSummary[doc] === 1) score += s.summary;
    // Exact pruning: if even every remaining bonus could not lift this paragraph above `threshold`, stop here.
    if (score + s.maxRest <= threshold) return -Infinity;
    const section = this.sectionOf[doc]!;
    const heading = this.isHeading[doc] === 1;
    const first = this.firstChars[doc]!;
    let lead = false;
    for (let g = 0; g < s.groups.length; g++) {
      const group = s.groups[g]!;
      let inSection = false;
      if (section >= 0) {
        const known = s.sectionHits[g]![section]!;
        inSection = known === 1 || (known === 255 && this.sectionHas(section, group, s.sectionHits[g]!));
      }
      for (let u = 0; u < group.length; u++) {
        const word = group[u]!;
        if (!inSection && heading && this.forms[doc]!.includes(word)) inSection = true;
        // Most paragraphs do not open with the word: compare one character before the whole prefix.
        if (!lead && word.charCodeAt(0) === first && this.forms[doc]!.startsWith(word)) lead = true;
      }
      if (inSection) score += s.heading;
    }
    if (lead) score += s.lead;
    if (s.groups.length >= 2) {
      const form = this.forms[doc]!;
      // With one word per group (the usual case) the words and the phrase are fixed for the query.
      const words = s.words ?? s.groups.map((g) => g.find((w) => form.includes(w)) ?? g[0]!);
      if (form.includes(s.phrase_ ?? words.join(""))) score += s.phrase;
      const cover = shortestCover(form, words);
      if (cover !== null) score += s.proximity * ((s.wordsLength ?? words.reduce((n, w) => n + w.length, 0)) / cover);
    }
    return score;
  }

  /** Whether a section heading holds one of a group's words, remembered for the rest of the query (255: not yet known). */
  private sectionHas(section: number, group: string[], hits: Uint8Array): boolean {
    const form = this.sectionForms[section]!;
    const has = group.some((w) => form.includes(w));
    hits[section] = has ? 1 : 0;
    return has;
  }

  /** The bonuses that depend only on the essay: its author or institution named, words in its title. */
  private essayBonusOf(e: number, s: Scoring): number {
    let bonus = 0;
    for (const group of s.groups) {
      if (group.some((w) => this.isAboutAuthor(e, w))) bonus += s.author;
      if (group.some((w) => this.titleForms[e]!.includes(w))) bonus += s.title;
    }
    return bonus;
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

  private facets(docs: Uint32Array): SearchResponse["facets"] {
    const counts = [this.authors, this.institutions, this.sources, this.themes].map((d) => new Uint32Array(d.values.length));
    const { facetIds, facetDims, facetStart } = this;
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d]!;
      for (let i = facetStart[doc]!, end = facetStart[doc + 1]!; i < end; i++) counts[facetDims[i]!]![facetIds[i]!]!++;
    }
    return {
      authors: facetValues(counts[0]!, this.authors),
      institutions: facetValues(counts[1]!, this.institutions),
      sources: facetValues(counts[2]!, this.sources),
      themes: facetValues(counts[3]!, this.themes),
    };
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

function facetValues(counts: Uint32Array, dimension: Dimension): FacetValue[] {
  const kept: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) kept.push(i);
  // Most frequent first; only the values shown are put in collation order among equals (collation is slow).
  kept.sort((a, b) => counts[b]! - counts[a]! || a - b);
  return kept
    .slice(0, FACET_VALUES)
    .map((i) => ({ value: dimension.values[i]!, label: dimension.labels[i]!, count: counts[i]! }))
    .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}

/** Chinese collation for equal counts; one collator for the process (localeCompare with a locale builds one per call). */
const collator = new Intl.Collator("zh");

function allIds(n: number): Uint32Array {
  return Uint32Array.from({ length: n }, (_, i) => i);
}

/** Ids in both ascending arrays. */
export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      out[n++] = a[i]!;
      i++;
      j++;
    }
  }
  return out.slice(0, n);
}

/** Ids in either ascending array, ascending, without repeats. */
function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (n === 0 || out[n - 1] !== x) out[n++] = x;
  }
  return out.slice(0, n);
}

function unionAll(lists: Uint32Array[]): Uint32Array {
  if (lists.length === 1) return lists[0]!;
  return lists.reduce((acc, list) => union(acc, list), new Uint32Array(0));
}

/** Ids in `a` but not in `b` (both ascending). */
function subtract(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  let j = 0;
  let n = 0;
  for (const x of a) {
    while (j < b.length && b[j]! < x) j++;
    if (j >= b.length || b[j] !== x) out[n++] = x;
  }
  return out.slice(0, n);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
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
