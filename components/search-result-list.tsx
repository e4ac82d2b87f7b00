import Link from "next/link";
import { relatedApiUrl, relatedPageUrl, resultUrl } from "@/lib/web/urls";
import { describeAuthor } from "@/lib/browse/essays";
import { KIND_LABEL } from "@/lib/web/labels";
import type { SearchHit } from "@/lib/search/engine";
import { snippet } from "@/lib/search/highlight";
import { MarkedText } from "./marked-text";
import { RelatedParagraphs } from "./related-paragraphs";
import { relatedCount } from "@/lib/browse/related";
import { NO_AUTHOR } from "@/lib/catalog/author-labels";

/** Characters of a long paragraph shown around its matches. */
const SNIPPET_LENGTH = 160;

/** Ranked results: the best window of each paragraph with its matches marked, and where it is from. */
export function SearchResultList({ hits, offset }: { hits: SearchHit[]; offset: number }) {
  return (
    <ol start={offset + 1} className="space-y-5">
      {hits.map((hit) => {
        const shown = snippet(hit.paragraph.text, hit.highlights, SNIPPET_LENGTH);
        const href = resultUrl(hit);
        return (
          <li key={hit.paragraph.id} data-result={hit.paragraph.id} className="border-b border-stone-200 pb-3">
            <p className="leading-7" lang={hit.paragraph.lang}>
              {shown.cutStart && "…"}
              <MarkedText text={shown.text} spans={shown.spans} />
              {shown.cutEnd && "…"}
            </p>
            <p className="mt-1 text-sm">
              <Link href={href} className="font-medium text-blue-800 underline">
                《{hit.essay.displayTitle}》第 {hit.paragraph.n} 段
              </Link>
              {hit.paragraph.kind !== "body" && <span className="ml-2 rounded bg-stone-200 px-1 text-xs">{KIND_LABEL[hit.paragraph.kind]}</span>}
            </p>
            <p className="text-sm text-stone-700">
              {hit.essay.authors.length > 0 ? hit.essay.authors.map(describeAuthor).join("；") : NO_AUTHOR}
              <span className="mx-1">·</span>
              {hit.essay.source.label}
            </p>
            <div className="mt-1 text-sm">
              <RelatedParagraphs paragraphId={hit.paragraph.id} count={relatedCount(hit.paragraph.id)} pageUrl={relatedPageUrl(hit.paragraph.id)} apiUrl={relatedApiUrl(hit.paragraph.id)} />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
