import Link from "next/link";
import type { Author } from "@/lib/types";
import { authorUrl } from "@/lib/web/urls";
import { NO_AUTHOR, UNNAMED_AUTHOR_NOUN } from "@/lib/catalog/author-labels";

/** An essay's authors, each linked to their page, with institution and role; 作者不详 when there are none. */
export function AuthorLine({ authors }: { authors: (Author & { slug: string })[] }) {
  if (authors.length === 0) return <span className="text-stone-600">{NO_AUTHOR}</span>;
  return (
    <ul className="flex flex-col gap-1">
      {authors.map((author, i) => (
        <li key={`${author.slug}-${i}`}>
          <Link href={authorUrl(author.slug)} className="font-medium text-blue-800 hover:underline">
            {author.name ?? UNNAMED_AUTHOR_NOUN}
          </Link>
          {(author.institution || author.role) && (
            <span className="text-stone-700">
              {"　"}
              {author.institution}
              {author.role && <>{author.institution ? " " : ""}{author.role}</>}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
