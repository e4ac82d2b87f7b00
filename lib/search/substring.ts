import { getCorpus } from "../corpus-store";
import { foldText } from "../text/fold";
import type { Essay, Paragraph } from "../types";

/**
 * Exact substring search over the folded text of every paragraph, in corpus
 * order: the reference every smarter search must agree with on what matches.
 */

export interface SubstringHit {
  essay: Essay;
  paragraph: Paragraph;
  /** [start, end) offsets of each match in `paragraph.text`, in UTF-16 code units. */
  spans: [number, number][];
}

/** Queries longer than this are cut, so a pasted page does not scan forever. */
export const MAX_QUERY_LENGTH = 500;

/**
 * Paragraphs containing the query (folded on both sides: Traditional and
 * Simplified, full- and half-width, upper and lower case match each other).
 *
 * @example findParagraphsContaining("新質生產力").length // same as for 新质生产力
 */
export function findParagraphsContaining(query: string): SubstringHit[] {
  const needle = foldText(query.trim().slice(0, MAX_QUERY_LENGTH));
  if (needle === "") return [];
  const hits: SubstringHit[] = [];
  for (const essay of getCorpus().corpus.essays) {
    for (const paragraph of essay.paragraphs) {
      const folded = foldText(paragraph.text);
      if (!folded.includes(needle)) continue;
      // Folding keeps the length of Chinese text; where it does not, the paragraph is shown unmarked.
      const spans: [number, number][] = [];
      if (folded.length === paragraph.text.length) {
        for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) spans.push([at, at + needle.length]);
      }
      hits.push({ essay, paragraph, spans });
    }
  }
  return hits;
}
