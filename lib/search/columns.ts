import { matchForm } from "../text/match-form";
import type { Essay, Paragraph } from "../types";

/**
 * The corpus as search reads it: one row per indexed paragraph (its index id,
 * `doc`), held in flat arrays so that scoring, facets and the research views
 * touch typed arrays rather than objects. Everything that belongs to an
 * essay (title, author names, institutions) is folded once here.
 *
 * Built once per process from the corpus and the stored match forms; the
 * engine (matching, ranking, facets) and the research views (concordance,
 * distribution) read the same columns, so they agree on every paragraph.
 */

/** An institution is found by part of its name only when the part is this long (同济大学 in 同济大学国家创新发展研究院). */
export const INSTITUTION_PART_MIN = 4;

export class ParagraphColumns {
  readonly essays: readonly Essay[];
  /** The paragraph of each doc. */
  readonly paragraphs: Paragraph[];
  /** The match form of each doc's text (see lib/text/match-form.ts). */
  readonly forms: string[];
  /** The essay (position in `essays`) of each doc. */
  readonly essayOf: Uint32Array;
  readonly isHeading: Uint8Array;
  readonly isSummary: Uint8Array;
  /** Match-form length and first character of every doc: scoring reads these, not the strings, for speed. */
  readonly lengths: Uint32Array;
  readonly firstChars: Uint16Array;
  /** The section heading each doc stands under, as an index into `sectionForms` (−1: none). */
  readonly sectionOf: Int32Array;
  readonly sectionForms: string[];
  /** The docs of each essay, ascending. */
  readonly docsOfEssay: Uint32Array[];
  /** Match forms of each essay's display title, author names and institutions. */
  readonly titleForms: string[];
  readonly authorFormsOf: string[][];
  readonly institutionFormsOf: string[][];
  /** Mean match-form length: BM25's avglen. */
  readonly averageLength: number;
  private docById: Map<string, number> | null = null;

  /**
   * @param paragraphOrder paragraph ids in index-id order (the index's `paragraphOrder`)
   * @param forms the match forms in that order, when the build stored them (saves folding at start)
   */
  constructor(paragraphOrder: readonly string[], essays: readonly Essay[], forms?: readonly string[]) {
    this.essays = essays;
    const where = new Map<string, { essay: number; paragraph: Paragraph }>();
    essays.forEach((e, i) => e.paragraphs.forEach((p) => where.set(p.id, { essay: i, paragraph: p })));

    const n = paragraphOrder.length;
    this.paragraphs = new Array<Paragraph>(n);
    this.forms = new Array<string>(n);
    this.sectionForms = [];
    this.sectionOf = new Int32Array(n).fill(-1);
    this.lengths = new Uint32Array(n);
    this.firstChars = new Uint16Array(n);
    this.essayOf = new Uint32Array(n);
    this.isHeading = new Uint8Array(n);
    this.isSummary = new Uint8Array(n);
    const docsOfEssay: number[][] = essays.map(() => []);
    let total = 0;
    paragraphOrder.forEach((id, doc) => {
      const found = where.get(id);
      if (!found) throw new Error(`the index names paragraph ${id}, which the corpus does not have: rebuild with npm run index`);
      const { essay, paragraph } = found;
      this.paragraphs[doc] = paragraph;
      const form = forms?.[doc] ?? matchForm(paragraph.text);
      this.forms[doc] = form;
      this.lengths[doc] = form.length;
      total += form.length;
      this.firstChars[doc] = form.length > 0 ? form.charCodeAt(0) : 0;
      this.essayOf[doc] = essay;
      this.isHeading[doc] = paragraph.kind === "heading" ? 1 : 0;
      this.isSummary[doc] = paragraph.kind === "summary" ? 1 : 0;
      docsOfEssay[essay]!.push(doc);
    });
    this.averageLength = total / Math.max(1, n);
    // The nearest heading before each paragraph, in essay order.
    for (const docs of docsOfEssay) {
      let section = -1;
      for (const doc of [...docs].sort((a, b) => this.paragraphs[a]!.n - this.paragraphs[b]!.n)) {
        this.sectionOf[doc] = section;
        if (this.isHeading[doc]) section = this.sectionForms.push(this.forms[doc]!) - 1;
      }
    }
    this.docsOfEssay = docsOfEssay.map((d) => Uint32Array.from(d));
    this.titleForms = essays.map((e) => matchForm(e.displayTitle));
    this.authorFormsOf = essays.map((e) => e.authors.flatMap((a) => (a.name ? [matchForm(a.name)] : [])));
    this.institutionFormsOf = essays.map((e) => [...new Set(e.authors.flatMap((a) => a.affiliations.flatMap((f) => (f.institution ? [matchForm(f.institution)] : []))))]);
  }

  /** Number of indexed paragraphs. */
  get size(): number {
    return this.forms.length;
  }

  /** The doc of a paragraph id, or undefined. */
  docOf(paragraphId: string): number | undefined {
    this.docById ??= new Map(this.paragraphs.map((p, doc) => [p.id, doc]));
    return this.docById.get(paragraphId);
  }

  /** The essay of a doc. */
  essayAt(doc: number): Essay {
    return this.essays[this.essayOf[doc]!]!;
  }

  /** True when `form` is an author's name of essay `e`, or one of its institutions or a long enough part of one. */
  isAboutAuthor(e: number, form: string): boolean {
    return this.authorFormsOf[e]!.includes(form) || this.hasInstitution(e, form);
  }

  /** True when `form` is an institution of essay `e` or a part of one at least INSTITUTION_PART_MIN long. */
  hasInstitution(e: number, form: string): boolean {
    return this.institutionFormsOf[e]!.some((inst) => inst === form || (form.length >= INSTITUTION_PART_MIN && inst.includes(form)));
  }

  /** Every doc of the essays `keep` accepts, ascending. */
  docsOfEssaysWhere(keep: (e: number) => boolean): Uint32Array {
    const docs: number[] = [];
    this.essays.forEach((_, e) => keep(e) && docs.push(...this.docsOfEssay[e]!));
    return Uint32Array.from(docs).sort();
  }
}
