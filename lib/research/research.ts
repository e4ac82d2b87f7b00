import { NO_AUTHOR } from "../catalog/author-labels";
import type { SearchEngine, SearchRequest } from "../search/engine";
import { BoundedCache } from "../search/bounded-cache";
import { allIds, intersect } from "../search/id-sets";
import type { ParsedQuery, QueryUnit } from "../search/query";
import { compareChinese } from "../text/collate";
import { matchFormWithOffsets } from "../text/match-form";
import { countOccurrences, occurrenceStarts } from "../text/occurrences";
import type { Essay, Paragraph } from "../types";
import { compareStrings, contextWindow, leftKey, rightKey, textSpan, type ContextWindow, type KwicSort } from "./concordance";
import { orderGroups, per10k, type DistributionDimension, type DistributionGroup } from "./distribution";

/**
 * The research views over the search engine's index: the concordance (every
 * occurrence of the query's words in the paragraphs the query matches, in
 * context) and the distribution (each word's occurrences per essay, author,
 * source or theme). Built once per process beside the engine (service.ts);
 * both read the engine's match forms, so they count exactly what search
 * matches: whatever the spacing, punctuation or script variant.
 */

export interface KwicRequest extends Pick<SearchRequest, "query" | "filters"> {
  sort: KwicSort;
  /** Characters of context on each side. */
  width: number;
  offset: number;
  limit: number;
}

export interface KwicLine extends ContextWindow {
  essay: Essay;
  paragraph: Paragraph;
  /** The query word this line is an occurrence of, as typed. */
  term: string;
  /** The hit's span of `paragraph.text`. */
  start: number;
  end: number;
}

export interface KwicResponse {
  parsed: ParsedQuery;
  /** The words whose occurrences are listed (the query's words and phrases, not its exclusions). */
  terms: QueryUnit[];
  /** Every occurrence, in all pages. */
  total: number;
  /** Paragraphs with at least one occurrence. */
  paragraphs: number;
  /** Paragraphs the query matches (as search counts them). */
  matched: number;
  lines: KwicLine[];
}

export interface DistributionRequest extends Pick<SearchRequest, "query" | "filters"> {
  by: DistributionDimension;
}

export interface DistributionResponse {
  parsed: ParsedQuery;
  by: DistributionDimension;
  terms: QueryUnit[];
  /** Occurrences of each term in the whole scope (what the filters and exclusions leave). */
  totals: number[];
  /** Characters in the scope. */
  characters: number;
  /** Every group with text in the scope, most occurrences first. */
  groups: DistributionGroup[];
}

/** One concordance: its occurrences in corpus order, and orders computed on demand. */
interface Occurrences {
  terms: QueryUnit[];
  docs: Uint32Array;
  at: Uint32Array;
  term: Uint16Array;
  paragraphs: number;
  matched: number;
  /** Permutations of the occurrences, by sort. */
  orders: Map<KwicSort, Uint32Array>;
}

/** How many concordances are kept between requests, and how many occurrences in all. */
const KEPT = { concordances: 32, occurrences: 2_000_000 } as const;

export class Research {
  private readonly size: number;
  /** Per essay (corpus position): its rank by title and by first author, for the essay and author sorts. */
  private readonly essayRank: Uint32Array;
  private readonly authorRank: Uint32Array;
  /** Per dimension: the groups' values and labels, and the groups a paragraph belongs to. */
  private readonly dimension: Record<DistributionDimension, { values: string[]; labels: string[]; ofDoc: (doc: number) => readonly number[] }>;
  private readonly fullCharacters: Record<DistributionDimension, Float64Array>;
  /** Characters of the whole corpus (match forms). */
  private readonly totalCharacters: number;
  private readonly cache = new BoundedCache<Occurrences>(KEPT.concordances, (found) => found.docs.length, KEPT.occurrences);

  constructor(private readonly engine: SearchEngine) {
    this.size = engine.size;
    const { columns, facets } = engine;
    const essays = columns.essays;

    const byTitle = essays.map((_, i) => i).sort((a, b) => compareChinese(essays[a]!.displayTitle, essays[b]!.displayTitle) || a - b);
    this.essayRank = new Uint32Array(essays.length);
    byTitle.forEach((e, rank) => (this.essayRank[e] = rank));

    // Authors in the catalog's order (pinyin, unnamed last), which the facet values keep; an essay sorts by its first author, essays without one last.
    this.authorRank = Uint32Array.from(facets.authorIdsOf.map((ids) => (ids.length > 0 ? ids[0]! : facets.authors.values.length)));

    // The facet tables' values, plus one group for essays with no author at all.
    const authorValues = [...facets.authors.values, ""];
    const authorLabels = [...facets.authors.labels, NO_AUTHOR];
    const noAuthor = [facets.authors.values.length];
    const authorsOfEssay = facets.authorIdsOf.map((ids) => (ids.length > 0 ? [...ids] : noAuthor));
    const sourceOfEssay = [...facets.sourceIdOf].map((id) => [id]);
    const essayOfEssay = essays.map((_, i) => [i]);
    const essayOf = columns.essayOf;

    this.dimension = {
      essay: { values: essays.map((e) => e.id), labels: essays.map((e) => e.displayTitle), ofDoc: (doc) => essayOfEssay[essayOf[doc]!]! },
      author: { values: authorValues, labels: authorLabels, ofDoc: (doc) => authorsOfEssay[essayOf[doc]!]! },
      source: { values: facets.sources.values, labels: facets.sources.labels, ofDoc: (doc) => sourceOfEssay[essayOf[doc]!]! },
      theme: { values: facets.themes.values, labels: facets.themes.labels, ofDoc: (doc) => facets.themesOfDoc[doc]! },
    };
    this.fullCharacters = {
      essay: this.characters("essay", null),
      author: this.characters("author", null),
      source: this.characters("source", null),
      theme: this.characters("theme", null),
    };
    this.totalCharacters = this.fullCharacters.source.reduce((a, b) => a + b, 0);
  }

  /**
   * One page of the concordance of a query.
   *
   * @example research.concordance({ query: "新质生产力", sort: "left", width: 20, offset: 0, limit: 100 }).total
   */
  concordance(request: KwicRequest): KwicResponse {
    const parsed = this.engine.parse(request);
    const found = this.occurrences(parsed);
    const order = this.order(found, request.sort);
    const lines: KwicLine[] = [];
    const offsets = new Map<number, ReturnType<typeof matchFormWithOffsets>>();
    for (let i = request.offset; i < Math.min(order.length, request.offset + request.limit); i++) {
      const k = order[i]!;
      const doc = found.docs[k]!;
      const paragraph = this.engine.paragraphAt(doc);
      let map = offsets.get(doc);
      if (!map) offsets.set(doc, (map = matchFormWithOffsets(paragraph.text)));
      const term = found.terms[found.term[k]!]!;
      const [start, end] = textSpan(map, found.at[k]!, term.form.length);
      lines.push({ essay: this.engine.essayAt(doc), paragraph, term: term.text, start, end, ...contextWindow(paragraph.text, start, end, request.width) });
    }
    return { parsed, terms: found.terms, total: found.docs.length, paragraphs: found.paragraphs, matched: found.matched, lines };
  }

  /**
   * Each query word's occurrences by essay, author, source or theme, within
   * the paragraphs the query's filters and exclusions leave. Words are
   * counted separately (not only where they occur together), so two words
   * can be compared.
   */
  distribution(request: DistributionRequest): DistributionResponse {
    const parsed = this.engine.parse(request);
    const terms = queryTerms(parsed);
    const dim = this.dimension[request.by];
    const restricted = parsed.excluded.length > 0 || Object.values(parsed.filters).some((v) => v.length > 0);
    const scope = restricted ? this.engine.scope(parsed) : null;
    const characters = scope ? this.characters(request.by, scope) : this.fullCharacters[request.by];
    const counts = terms.map(() => new Float64Array(dim.values.length));
    const totals = terms.map((term, t) => {
      let total = 0;
      const docs = scope ? intersect(this.engine.containing(term.form), scope) : this.engine.containing(term.form);
      for (const doc of docs) {
        const n = countOccurrences(this.engine.formAt(doc), term.form);
        total += n;
        for (const g of dim.ofDoc(doc)) counts[t]![g]! += n;
      }
      return total;
    });
    const groups: DistributionGroup[] = [];
    for (let g = 0; g < dim.values.length; g++) {
      if (characters[g]! === 0) continue;
      const c = terms.map((_, t) => counts[t]![g]!);
      groups.push({ value: dim.values[g]!, label: dim.labels[g]!, characters: characters[g]!, counts: c, per10k: c.map((n) => per10k(n, characters[g]!)) });
    }
    let scopeCharacters = this.totalCharacters;
    if (scope) {
      scopeCharacters = 0;
      for (const doc of scope) scopeCharacters += this.engine.formAt(doc).length;
    }
    return { parsed, by: request.by, terms, totals, characters: scopeCharacters, groups: orderGroups(groups) };
  }

  /** Characters of text per group of a dimension, over `docs` (all paragraphs when null). */
  private characters(by: DistributionDimension, docs: Uint32Array | null): Float64Array {
    const dim = this.dimension[by];
    const out = new Float64Array(dim.values.length);
    for (const doc of docs ?? allIds(this.size)) {
      const length = this.engine.formAt(doc).length;
      for (const g of dim.ofDoc(doc)) out[g]! += length;
    }
    return out;
  }

  /** Every occurrence of the query's words in the paragraphs it matches, in corpus order (cached). */
  private occurrences(parsed: ParsedQuery): Occurrences {
    const key = JSON.stringify([parsed.groups.map((g) => g.map((u) => u.form)), parsed.excluded.map((u) => u.form), parsed.filters]);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const terms = queryTerms(parsed);
    const matched = this.engine.matchAll(parsed);
    const docs: number[] = [];
    const at: number[] = [];
    const term: number[] = [];
    let paragraphs = 0;
    for (const doc of matched) {
      const form = this.engine.formAt(doc);
      const before = docs.length;
      // Each word's occurrences, then merged into text order (a stable sort by position).
      const found: [number, number][] = [];
      terms.forEach((t, i) => {
        for (const start of occurrenceStarts(form, t.form)) found.push([start, i]);
      });
      found.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      for (const [start, i] of found) {
        docs.push(doc);
        at.push(start);
        term.push(i);
      }
      if (docs.length > before) paragraphs++;
    }
    const result: Occurrences = {
      terms,
      docs: Uint32Array.from(docs),
      at: Uint32Array.from(at),
      term: Uint16Array.from(term),
      paragraphs,
      matched: matched.length,
      orders: new Map(),
    };
    this.cache.set(key, result);
    return result;
  }

  /** The occurrences' permutation for a sort; ties keep corpus order. */
  private order(found: Occurrences, sort: KwicSort): Uint32Array {
    const known = found.orders.get(sort);
    if (known) return known;
    const n = found.docs.length;
    const order = allIds(n);
    if (sort === "essay" || sort === "author") {
      const rank = sort === "essay" ? this.essayRank : this.authorRank;
      const key = new Float64Array(n);
      for (let k = 0; k < n; k++) key[k] = rank[this.engine.columns.essayOf[found.docs[k]!]!]!;
      order.sort((a, b) => key[a]! - key[b]! || a - b);
    } else if (sort === "left" || sort === "right") {
      const keys: string[] = new Array<string>(n);
      for (let k = 0; k < n; k++) {
        const form = this.engine.formAt(found.docs[k]!);
        keys[k] = sort === "left" ? leftKey(form, found.at[k]!) : rightKey(form, found.at[k]!, found.terms[found.term[k]!]!.form.length);
      }
      order.sort((a, b) => compareStrings(keys[a]!, keys[b]!) || a - b);
    }
    found.orders.set(sort, order);
    return order;
  }
}

/** The words and phrases a query looks for, once each (not its exclusions or filters). */
export function queryTerms(parsed: ParsedQuery): QueryUnit[] {
  const seen = new Set<string>();
  return parsed.groups.flat().filter((u) => u.form !== "" && !seen.has(u.form) && (seen.add(u.form), true));
}
