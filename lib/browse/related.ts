import { getCorpus, getRelated } from "../server/store";
import type { Essay, Paragraph } from "../types";

/** A paragraph related to another, ready to show. */
export interface RelatedParagraph {
  essay: Essay;
  paragraph: Paragraph;
  /** TF-IDF cosine, 0–1 (see lib/research/related.ts). */
  score: number;
  shared: string[];
}

/**
 * The paragraphs of other essays most similar to this one, best first
 * (computed by `npm run index`); empty when none is similar enough.
 *
 * @example relatedTo("ba-zhun-xin-zhi-sheng-chan-li-fa-81d64f-p1")[0]?.shared // ["物质", …]
 */
export function relatedTo(paragraphId: string): RelatedParagraph[] {
  const { paragraphsById } = getCorpus();
  return getRelated().get(paragraphId).flatMap(({ id, score, shared }) => {
    const found = paragraphsById.get(id);
    return found ? [{ ...found, score, shared }] : [];
  });
}

/** How many related paragraphs a paragraph has (without building them). */
export function relatedCount(paragraphId: string): number {
  return getRelated().count(paragraphId);
}
