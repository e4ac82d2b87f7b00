import type { Essay, Paragraph } from "../types";

/**
 * A citation in GB/T 7714-2015 style for one paragraph, built only from what
 * the corpus knows: authors, printed title, source label, paragraph number,
 * the URL and the access date. Unknown parts are left out, never invented: an
 * essay with a derived title is cited without a title, an essay with no named
 * author without authors. The document type is [EB/OL] (an online copy of the
 * text), since the corpus does not record the printed edition.
 */

/** The facts a citation is built from; pages pass these to the client, which adds URL and date. */
export interface CitationFacts {
  /** Named authors in byline order (unnamed ones are left out). */
  authors: string[];
  /** The printed title, or null when the text has none (a derived title is not cited). */
  title: string | null;
  sourceLabel: string;
  paragraph: number;
}

/** The citation facts of one paragraph of an essay. */
export function citationFacts(essay: Essay, paragraph: Paragraph): CitationFacts {
  return {
    authors: essay.authors.flatMap((a) => (a.name ? [a.name] : [])),
    title: essay.titleDerived ? null : essay.title,
    sourceLabel: essay.source.label,
    paragraph: paragraph.n,
  };
}

/**
 * Formats a citation.
 *
 * @example formatCitation({ authors: ["陈运平"], title: "把准新质生产力发展脉搏", sourceLabel: "理论版", paragraph: 3 }, "https://example.org/p/x-p3", "2026-11-21")
 * // "陈运平. 把准新质生产力发展脉搏[EB/OL]. 理论版, 第3段. [2026-11-21]. https://example.org/p/x-p3."
 */
export function formatCitation(facts: CitationFacts, url: string, accessed: string | null): string {
  const parts: string[] = [];
  if (facts.authors.length > 0) parts.push(`${formatNames(facts.authors)}. `);
  parts.push(facts.title ? `${facts.title}[EB/OL]. ` : "[EB/OL]. ");
  parts.push(`${facts.sourceLabel}, 第${facts.paragraph}段. `);
  if (accessed) parts.push(`[${accessed}]. `);
  parts.push(`${url}.`);
  return parts.join("");
}

/** GB/T 7714 lists up to three authors, then 等. */
function formatNames(names: string[]): string {
  return names.length > 3 ? `${names.slice(0, 3).join(", ")}, 等` : names.join(", ");
}
