/**
 * App types for the parsed corpus. Raw source text is converted into these
 * once, by the build-time pipeline (`lib/corpus/`), and everything after that
 * (index, API, pages) reads only these shapes from `generated/corpus.json`.
 */

/** One affiliation taken from an author note, e.g. 江西省社会科学院 + 党组书记、二级教授. */
export interface Affiliation {
  /** The unit as printed (university, school, party school, centre…), or null when the note gives only a role. */
  institution: string | null;
  /** Titles and posts held there (教授, 副院长…), joined with 、; null when the note gives none. */
  role: string | null;
}

/** A person credited with an essay. */
export interface Author {
  /** Name as printed in the byline (Traditional characters are kept as printed); null when only an author note names the affiliation. */
  name: string | null;
  /** First affiliation's institution, or null when the text gives none. */
  institution: string | null;
  /** First affiliation's role, or null when the text gives none. */
  role: string | null;
  /** Every affiliation in the order the note gives them; the first is the one in `institution` / `role`. */
  affiliations: Affiliation[];
}

/** What a block of an essay is, which decides where a reader sees it and how search treats it. */
export type BlockKind = "body" | "heading" | "summary" | "abstract";

/** One readable unit of an essay: a body paragraph, a section heading, a summary-box paragraph or an abstract. */
export interface Paragraph {
  /**
   * Durable id: `<essay id>-p<k>`, given when the passage was first published
   * and kept while it lives (edited, moved, joined), never reused
   * (lib/anchors/). Not a position: k and `n` part ways after an edit.
   */
  id: string;
  /** 1-based position among all blocks of the essay (headings included): the number readers see. */
  n: number;
  kind: BlockKind;
  /** Cleaned text: spaces between CJK removed, broken lines rejoined, layout noise dropped. */
  text: string;
  /** First and last 1-based line of the source file this block was read from. */
  lines: [number, number];
  /** Heading depth: 1 for `1`, 2 for `1.1` or `##`; absent for other kinds. */
  level?: number;
  /** Language of the block when it is not Chinese (the English abstract): `"en"`. */
  lang?: "en";
  /** Printed label of an abstract block, e.g. 摘要 or Abstract. */
  label?: string;
  /** Ids this paragraph's passage was published under before (edits, joins, moves: lib/anchors/); absent when none. */
  formerIds?: string[];
}

/** A source file as the app shows it. */
export interface SourceRef {
  /** File name inside `seeds/`, e.g. `000_059c5f2033a04802.txt`. */
  file: string;
  /** Human-readable label from the curated metadata file, or the file name when none is curated. */
  label: string;
}

/** The essay a collection piece belongs to (a newspaper page's banner). */
export interface CollectionRef {
  id: string;
  title: string;
}

/** A piece of text kept verbatim beside the parsed fields, with where it came from. */
export interface SourceSpan {
  /** Cleaned text as printed, e.g. the byline `林晨吕一飞` or the whole author note. */
  text: string;
  lines: [number, number];
}

/** One essay: a signed article, a collection piece, a banner introduction or an untitled journal article. */
export interface Essay {
  /** Durable, URL-readable id: pinyin of the display title and a short hash of file and title when first published, then kept through title corrections and file renames (lib/anchors/). */
  id: string;
  /** Position of the essay in the corpus (source file order, then order in the file), from 0. */
  order: number;
  /** Title as printed, or null when the text gives none. */
  title: string | null;
  /** What to show: the title, or a title derived from the opening words when the text has none. */
  displayTitle: string;
  /** True when `displayTitle` was derived from the text rather than printed as a title. */
  titleDerived: boolean;
  /** Credited authors in byline order; empty when the text names no author and gives no author note. */
  authors: Author[];
  /** The byline as printed (without its ■/□ mark), when there is one. */
  byline: SourceSpan | null;
  /** The author note as printed, e.g. （作者系…）, when there is one. */
  authorNote: SourceSpan | null;
  source: SourceRef;
  /** The banner essay this piece was printed under, when it is one of several pieces on a page. */
  collection: CollectionRef | null;
  /** For a banner essay: the pieces printed under it, in page order. Empty otherwise. */
  pieces: CollectionRef[];
  /** First and last source line of the essay, title to author note. */
  lines: [number, number];
  paragraphs: Paragraph[];
}

/** A problem found while reading a source, always with the place it was found. */
export interface IngestWarning {
  file: string;
  /** 1-based line, or 0 when the warning concerns the whole file. */
  line: number;
  message: string;
}

/** Text dropped on purpose (layout noise, markers, markup), listed so nothing disappears silently. */
export interface RemovedText {
  file: string;
  line: number;
  /** Why it was dropped. */
  kind: "noise" | "marker" | "markup";
  text: string;
}

/** A fact that came from the curated metadata file rather than from the text. */
export interface CuratedFact {
  file: string;
  /** What the fact is about: `source.label`, or `essay@<line>.<field>`. */
  field: string;
  value: string;
  /** The curator's reason, copied from the metadata file. */
  why: string;
}

/** Encodings a source file may arrive in; anything else is refused with a clear error. */
export type SourceEncoding = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

/** Per-source summary of a build. */
export interface SourceSummary {
  file: string;
  label: string;
  /** True when the label came from the curated metadata file. */
  labelCurated: boolean;
  /** SHA-256 of the file's bytes, so a reader can tell which version was indexed. */
  sha256: string;
  /** Encoding the bytes were decoded as. */
  encoding: SourceEncoding;
  lineCount: number;
  essayIds: string[];
  paragraphCount: number;
  authorCount: number;
}

/** Everything the build learned, printed by `npm run index` and written beside the corpus. */
/**
 * A change of what a published id points at, made by one build (lib/anchors/align.ts).
 * - new: a paragraph of new text got a new id;
 * - edited: a paragraph kept its id though its text changed (an OCR fix);
 * - moved: a paragraph kept its id in another essay or file;
 * - merged: an id now leads to the paragraph its passage was joined into (`to`);
 * - split: a new id for the part of a passage split off paragraph `from` (which keeps the rest);
 * - gone: the passage was removed; links say so and offer `nearest`;
 * - new-essay, essay-moved, essay-gone: the same for essays.
 */
export type AnchorChange =
  | { kind: "new"; id: string; essay: string; quote: string }
  | { kind: "edited"; id: string; quote: string }
  | { kind: "moved"; id: string; quote: string }
  | { kind: "merged"; id: string; to: string; quote: string }
  | { kind: "split"; id: string; from: string }
  | { kind: "gone"; id: string; essay: string; nearest: string | null; quote: string }
  | { kind: "new-essay"; id: string; title: string }
  | { kind: "essay-moved"; id: string; to: string; title: string }
  | { kind: "essay-gone"; id: string; title: string };

export interface IngestReport {
  sources: SourceSummary[];
  warnings: IngestWarning[];
  removed: RemovedText[];
  curated: CuratedFact[];
  /** What this build changed in the anchor ledger: every new, edited, moved, merged, split or retired id. */
  anchors: AnchorChange[];
  totals: { sources: number; essays: number; paragraphs: number; authors: number; warnings: number };
}

// ---- Format versions of the generated files (lib/artifacts/): bump one when its file's shape changes, and a server refuses a build of another version ----

/** `corpus.json` (the `Corpus` shape below). */
export const CORPUS_FORMAT_VERSION = 2;
/** `catalog.json` (the `Catalog` shape below). */
export const CATALOG_FORMAT_VERSION = 1;
/** The FlexSearch index folder: its options and document fields (lib/search/paragraph-index.ts). */
export const INDEX_FORMAT_VERSION = 4;
/** `related.json`: its layout or the similarity it records (lib/related/). */
export const RELATED_FORMAT_VERSION = 2;

/** The parsed corpus as written to `generated/corpus.json`. */
export interface Corpus {
  /** Bumped when the shape of this file changes, so a stale build is refused rather than misread. */
  formatVersion: number;
  sources: SourceSummary[];
  essays: Essay[];
}

// ---- The catalog: what readers browse by (lib/catalog/, generated/catalog.json) ----

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
  /** CATALOG_FORMAT_VERSION of the build that wrote it. */
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
