import { authorRecordLabel } from "../catalog/author-labels";
import { compareChinese } from "../text/collate";
import type { Catalog } from "../types";
import type { ParagraphColumns } from "./columns";

/**
 * The facet tables: authors, institutions, sources and themes, each a list
 * of values with labels, and which values every paragraph has. Built once
 * from the columns and the catalog; the engine counts them over a result
 * set, and the research views group the distribution chart by the same
 * values, so a facet and a chart never disagree on who wrote what.
 */

export interface FacetValue {
  /** What to put in the filter parameter. */
  value: string;
  /** What to show. */
  label: string;
  count: number;
}

export type Facets = Record<"authors" | "institutions" | "sources" | "themes", FacetValue[]>;

/** One facet dimension: its values (what a URL carries) and their labels, by value id. */
export interface Dimension {
  values: string[];
  labels: string[];
}

/** How many values of each facet a response lists. */
const FACET_VALUES = 50;

export class FacetTables {
  readonly authors: Dimension;
  readonly institutions: Dimension;
  readonly sources: Dimension;
  readonly themes: Dimension;
  /** Per essay: its author value ids (distinct, in byline order). */
  readonly authorIdsOf: Uint32Array[];
  /** Per essay: its institution value ids. */
  readonly institutionIdsOf: number[][];
  /** Per essay: its source value id. */
  readonly sourceIdOf: Uint32Array;
  /** Per theme: its docs, ascending. */
  readonly themeDocs: Uint32Array[];
  /** Per doc: its theme value ids. */
  readonly themesOfDoc: number[][];
  /** Facet value ids of every doc, flat: doc d's are `ids[start[d] … start[d + 1])`, each tagged by dimension. */
  private readonly ids: Uint32Array;
  private readonly dims: Uint8Array;
  private readonly start: Uint32Array;

  constructor(columns: ParagraphColumns, catalog: Catalog) {
    const { essays } = columns;
    this.authors = { values: catalog.authors.map((a) => a.slug), labels: catalog.authors.map(authorRecordLabel) };
    const authorId = new Map(this.authors.values.map((v, i) => [v, i]));
    this.authorIdsOf = essays.map((e) => Uint32Array.from(unique((catalog.authorSlugs[e.id] ?? []).filter((s) => authorId.has(s))).map((s) => authorId.get(s)!)));

    const institutionsOfEssay = essays.map((e) => unique(e.authors.flatMap((a) => a.affiliations.flatMap((f) => (f.institution ? [f.institution] : [])))));
    const institutionNames = unique(institutionsOfEssay.flat());
    this.institutions = { values: institutionNames, labels: institutionNames };
    const institutionId = new Map(institutionNames.map((v, i) => [v, i]));
    this.institutionIdsOf = institutionsOfEssay.map((names) => names.map((i) => institutionId.get(i)!));

    const sourceFiles = unique(essays.map((e) => e.source.file));
    const sourceLabel = new Map(essays.map((e) => [e.source.file, e.source.label]));
    this.sources = { values: sourceFiles, labels: sourceFiles.map((f) => sourceLabel.get(f)!) };
    const sourceId = new Map(sourceFiles.map((f, i) => [f, i]));
    this.sourceIdOf = Uint32Array.from(essays.map((e) => sourceId.get(e.source.file)!));

    this.themes = { values: catalog.themes.map((t) => t.slug), labels: catalog.themes.map((t) => t.name) };
    this.themesOfDoc = Array.from({ length: columns.size }, () => []);
    this.themeDocs = catalog.themes.map((theme, t) => {
      const docs = theme.paragraphs.flatMap((p) => {
        const doc = columns.docOf(p.id);
        if (doc === undefined) return [];
        this.themesOfDoc[doc]!.push(t);
        return [doc];
      });
      return Uint32Array.from(docs).sort();
    });

    // One flat list of (dimension, value) per paragraph, so counting facets touches only typed arrays.
    const flatIds: number[] = [];
    const flatDims: number[] = [];
    const n = columns.size;
    this.start = new Uint32Array(n + 1);
    const add = (dimension: number, id: number) => {
      flatIds.push(id);
      flatDims.push(dimension);
    };
    for (let doc = 0; doc < n; doc++) {
      this.start[doc] = flatIds.length;
      const e = columns.essayOf[doc]!;
      for (const a of this.authorIdsOf[e]!) add(0, a);
      for (const i of this.institutionIdsOf[e]!) add(1, i);
      add(2, this.sourceIdOf[e]!);
      for (const t of this.themesOfDoc[doc]!) add(3, t);
    }
    this.start[n] = flatIds.length;
    this.ids = Uint32Array.from(flatIds);
    this.dims = Uint8Array.from(flatDims);
  }

  /** Each facet's values over a set of docs, most frequent first (at most FACET_VALUES each). */
  count(docs: Uint32Array): Facets {
    const dimensions = [this.authors, this.institutions, this.sources, this.themes];
    const counts = dimensions.map((d) => new Uint32Array(d.values.length));
    const { ids, dims, start } = this;
    for (let d = 0; d < docs.length; d++) {
      const doc = docs[d]!;
      for (let i = start[doc]!, end = start[doc + 1]!; i < end; i++) counts[dims[i]!]![ids[i]!]!++;
    }
    return {
      authors: facetValues(counts[0]!, this.authors),
      institutions: facetValues(counts[1]!, this.institutions),
      sources: facetValues(counts[2]!, this.sources),
      themes: facetValues(counts[3]!, this.themes),
    };
  }
}

/** The values with a count, most frequent first; equal counts in Chinese collation order of their labels. */
function facetValues(counts: Uint32Array, dimension: Dimension): FacetValue[] {
  const kept: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) kept.push(i);
  // Only the values shown are put in collation order among equals (collation is slow).
  kept.sort((a, b) => counts[b]! - counts[a]! || a - b);
  return kept
    .slice(0, FACET_VALUES)
    .map((i) => ({ value: dimension.values[i]!, label: dimension.labels[i]!, count: counts[i]! }))
    .sort((a, b) => b.count - a.count || compareChinese(a.label, b.label));
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
