import { citationFacts } from "@/lib/browse/citation";
import { paragraphAnchor, paragraphShareLink, paragraphShareUrl, relatedApiUrl, relatedPageUrl, siteUrl, sourceUrlFor } from "@/lib/web/urls";
import type { Essay, Paragraph } from "@/lib/types";
import { CitationText } from "./citation-text";
import { CopyLinkButton } from "./copy-link-button";
import { RelatedParagraphs } from "./related-paragraphs";
import { relatedCount } from "@/lib/browse/related";

/**
 * One readable paragraph: its number (a visible link to its own anchor), its
 * text, and its tools: copy the share link, cite it, see its source lines.
 * Opening its anchor (`#p<k>`, the end of its durable id: see paragraphAnchor)
 * scrolls here and marks it (CSS :target, no script needed).
 */
export function ParagraphBlock({ essay, paragraph }: { essay: Essay; paragraph: Paragraph }) {
  const anchor = paragraphAnchor(essay.id, paragraph.id);
  const [first, last] = paragraph.lines;
  return (
    <div
      id={anchor}
      data-paragraph={paragraph.id}
      className="group scroll-mt-24 rounded-md px-2 py-1 target:bg-amber-50 target:outline-2 target:outline-amber-400 data-[targeted]:bg-amber-50 data-[targeted]:outline-2 data-[targeted]:outline-amber-400"
    >
      <p lang={paragraph.lang} className="leading-8">
        <a href={`#${anchor}`} className="mr-2 select-none text-sm text-stone-600 hover:text-blue-800" aria-label={`第 ${paragraph.n} 段`}>
          {paragraph.n}
        </a>
        {paragraph.label && <strong className="mr-1">{paragraph.lang === "en" ? `[${paragraph.label}]` : `【${paragraph.label}】`}</strong>}
        {paragraph.text}
      </p>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
        <CopyLinkButton href={paragraphShareLink(paragraph.id, paragraph.text)} label={`复制链接（第 ${paragraph.n} 段）`} />
        <details className="[&_summary]:cursor-pointer">
          <summary className="text-blue-800 hover:underline">引用</summary>
          <CitationText facts={citationFacts(essay, paragraph)} path={paragraphShareUrl(paragraph.id)} serverOrigin={siteUrl().origin} />
        </details>
        <a href={sourceUrlFor(essay.source.file, paragraph.lines)} className="text-blue-800 hover:underline">
          原文第 {first === last ? first : `${first}–${last}`} 行
        </a>
        <RelatedParagraphs paragraphId={paragraph.id} count={relatedCount(paragraph.id)} pageUrl={relatedPageUrl(paragraph.id)} apiUrl={relatedApiUrl(paragraph.id)} />
      </div>
    </div>
  );
}
