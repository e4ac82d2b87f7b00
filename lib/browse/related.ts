import { getCorpus, getRelated } from "../server/store";
import { paragraphUrl } from "../web/urls";
import type { Essay, Paragraph } from "../types";

/** A paragraph related to another, ready to show. */
export interface RelatedParagraph {
  essay: Essay;
  paragraph: Paragraph;
  /** TF-IDF cosine, 0–1 (see lib/research/related.ts). */
  score: number;
  shared: string[];
}

/** What a page or the API shows of a related paragraph. */
export interface RelatedItem {
  id: string;
  /** The paragraph in its essay, with the first shared terms highlighted. */
  url: string;
  essayTitle: string;
  n: number;
  score: number;
  shared: string[];
  /** The opening of the paragraph. */
  preview: string;
  lang?: "en";
}

/** Characters of a related paragraph's opening shown. */
const PREVIEW = 70;

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

/** Related paragraphs as pages and the API show them. */
export function relatedItems(paragraphId: string): RelatedItem[] {
  return relatedTo(paragraphId).map(({ essay, paragraph, score, shared }) => {
    const text = [...paragraph.text];
    return {
      id: paragraph.id,
      url: paragraphUrl(essay.id, paragraph.n, shared.slice(0, 3)),
      essayTitle: essay.displayTitle,
      n: paragraph.n,
      score,
      shared,
      preview: text.length > PREVIEW ? `${text.slice(0, PREVIEW).join("")}…` : paragraph.text,
      ...(paragraph.lang ? { lang: paragraph.lang } : {}),
    };
  });
}
