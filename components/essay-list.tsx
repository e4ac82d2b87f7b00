import Link from "next/link";
import { essayUrl } from "@/lib/api-shapes";
import { describeAuthor } from "@/lib/essays";
import type { Essay } from "@/lib/types";

/** A list of essays with their authors, source and paragraph count. */
export function EssayList({ essays }: { essays: Essay[] }) {
  return (
    <ol className="space-y-4">
      {essays.map((essay) => (
        <li key={essay.id} className="border-b border-stone-200 pb-3">
          <Link href={essayUrl(essay.id)} className="text-lg text-blue-900 underline-offset-4 hover:underline">
            {essay.displayTitle}
          </Link>
          {essay.titleDerived && <span className="ml-2 text-sm text-stone-600">（原文无题，据正文拟）</span>}
          <p className="text-sm text-stone-700">
            {essay.authors.length > 0 ? essay.authors.map(describeAuthor).join("；") : "作者不详"}
          </p>
          <p className="text-sm text-stone-600">
            {essay.source.label}
            {essay.collection && <>　·　收于《{essay.collection.title}》</>}
            　·　{essay.paragraphs.length} 段
          </p>
        </li>
      ))}
    </ol>
  );
}
