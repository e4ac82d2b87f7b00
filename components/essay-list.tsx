import Link from "next/link";
import { authorsWithSlugs, describeAuthor } from "@/lib/browse/essays";
import { essayUrl, sourceUrlFor } from "@/lib/web/urls";
import type { Essay } from "@/lib/types";
import { NO_AUTHOR } from "@/lib/catalog/author-labels";

/** A list of essays: display title, authors with institutions, source label, collection and paragraph count. */
export function EssayList({ essays }: { essays: Essay[] }) {
  return (
    <ol className="space-y-4">
      {essays.map((essay) => (
        <li key={essay.id} className="border-b border-stone-200 pb-3">
          <Link href={essayUrl(essay.id)} className="text-lg text-blue-900 hover:underline">
            {essay.displayTitle}
          </Link>
          {essay.titleDerived && <span className="ml-2 text-sm text-stone-600">（原文无题，据正文拟）</span>}
          <p className="text-sm text-stone-800">
            {essay.authors.length > 0 ? authorsWithSlugs(essay).map(describeAuthor).join("；") : NO_AUTHOR}
          </p>
          <p className="text-sm text-stone-700">
            <Link href={sourceUrlFor(essay.source.file)} className="hover:underline">
              {essay.source.label}
            </Link>
            {essay.collection && (
              <>
                {"　·　收于"}
                <Link href={essayUrl(essay.collection.id)} className="hover:underline">
                  《{essay.collection.title}》
                </Link>
              </>
            )}
            {essay.pieces.length > 0 && <>{`　·　本组 ${essay.pieces.length} 篇`}</>}
            {`　·　${essay.paragraphs.length} 段`}
          </p>
        </li>
      ))}
    </ol>
  );
}
