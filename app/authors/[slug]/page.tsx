import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findAuthor, listAuthors } from "@/lib/browse/authors";
import { essayUrl, safeDecode, searchUrl } from "@/lib/web/urls";
import { UNKNOWN_INSTITUTION, UNNAMED_AUTHOR_NOUN } from "@/lib/catalog/author-labels";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return listAuthors().map((a) => ({ slug: a.slug }));
}

/**
 * Only the prerendered slugs exist here; a name (/authors/石建勋) is sent by
 * the proxy to /authors-by-name/<name>, which redirects to the slug.
 */
export const dynamicParams = false;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = findAuthor(safeDecode((await params).slug));
  if (!author) return { title: "未找到作者" };
  const name = author.name ?? `${UNNAMED_AUTHOR_NOUN}（${author.institutions[0] ?? UNKNOWN_INSTITUTION}）`;
  return { title: name, description: `${name}：${author.institutions.join("；")}，${author.essays.length} 篇文章。` };
}

export default async function AuthorPage({ params }: Props) {
  const author = findAuthor(safeDecode((await params).slug));
  if (!author) notFound();
  const heading = author.name ?? UNNAMED_AUTHOR_NOUN;
  return (
    <>
      <h1 className="text-2xl font-semibold">
        {heading}
        {author.unnamed && <span className="ml-2 align-middle text-base font-normal text-stone-700">（{author.institutions[0] ?? UNKNOWN_INSTITUTION}）</span>}
      </h1>
      {author.unnamed && <p className="mt-1 text-sm text-stone-700">文章只有作者单位注释，没有署名；同一机构的未署名文章列在一起，未必出自一人。</p>}
      <section aria-labelledby="h-affiliations" className="mt-4">
        <h2 id="h-affiliations" className="text-lg font-semibold">机构与职务</h2>
        {author.affiliations.length > 0 ? (
          <ul className="list-disc pl-6">
            {author.affiliations.map((a, i) => (
              <li key={i}>{[a.institution, a.role].filter(Boolean).join(" ")}</li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">原文未注明。</p>
        )}
      </section>
      <section aria-labelledby="h-essays" className="mt-6">
        <h2 id="h-essays" className="text-lg font-semibold">
          文章（{author.essays.length} 篇，{author.paragraphCount} 段）
        </h2>
        <ul className="list-disc pl-6">
          {author.essays.map((e) => (
            <li key={e.id}>
              <Link href={essayUrl(e.id)} className="text-blue-800 hover:underline">
                {e.displayTitle}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {author.distinctiveTerms.length > 0 && (
        <section aria-labelledby="h-terms" className="mt-6">
          <h2 id="h-terms" className="text-lg font-semibold">常用词</h2>
          <p className="text-sm text-stone-700">与语料中其他作者相比，该作者用得明显更多的词（括号内为出现次数）。</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {author.distinctiveTerms.map((t) => (
              <li key={t.term}>
                <Link href={searchUrl(t.term)} className="inline-block rounded border border-stone-300 px-2 py-0.5 text-blue-800 hover:bg-stone-100">
                  {t.term}（{t.count}）
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
