import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthorLine } from "@/components/author-line";
import { EssayBody } from "@/components/essay-body";
import { HighlightTerms } from "@/components/highlight-terms";
import { StaleAnchor } from "@/components/stale-anchor";
import { TargetMarker } from "@/components/target-marker";
import { authorsWithSlugs, collectionOf, essayKeywords, essayNeighbours, findEssay, listEssays } from "@/lib/browse/essays";
import { themesOfEssay } from "@/lib/browse/themes";
import { essayUrl, paragraphApiUrl, searchUrl, sourceUrlFor, themeUrl } from "@/lib/web/urls";

type Props = { params: Promise<{ id: string }> };

/**
 * Only the prerendered pages exist: an unknown id gets the static not-found
 * page. (Rendering it on demand would cache that render, and with it the
 * request's CSP nonce.)
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return listEssays().map((essay) => ({ id: essay.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const essay = findEssay((await params).id);
  if (!essay) return { title: "未找到文章" };
  const authors = essay.authors.flatMap((a) => (a.name ? [a.name] : []));
  const description = essay.paragraphs.find((p) => p.kind !== "heading")?.text.slice(0, 160) ?? essay.displayTitle;
  return {
    title: essay.displayTitle,
    description,
    alternates: { canonical: essayUrl(essay.id) },
    openGraph: { type: "article", title: essay.displayTitle, description, url: essayUrl(essay.id), authors },
    twitter: { card: "summary", title: essay.displayTitle, description },
  };
}

export default async function EssayPage({ params }: Props) {
  const essay = findEssay((await params).id);
  if (!essay) notFound();
  const { previous, next } = essayNeighbours(essay);
  const collection = collectionOf(essay);
  const keywords = essayKeywords(essay);
  const themes = themesOfEssay(essay.id);


  return (
    <article id="essay" className="max-w-[42em]">
      <header className="mb-6 border-b border-stone-200 pb-4">
        <h1 className="text-2xl font-semibold leading-snug">{essay.displayTitle}</h1>
        {essay.titleDerived && (
          <p className="mt-1 text-sm text-amber-900">
            <span className="rounded bg-amber-100 px-1.5 py-0.5">原文无题</span> 标题据正文开头拟定
          </p>
        )}
        <div className="mt-3">
          <AuthorLine authors={authorsWithSlugs(essay)} />
        </div>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
          <dt className="text-stone-600">来源</dt>
          <dd>
            <Link href={sourceUrlFor(essay.source.file)} className="text-blue-800 hover:underline">
              {essay.source.label}
            </Link>
            <span className="text-stone-600">（原文第 {essay.lines[0]}–{essay.lines[1]} 行）</span>
          </dd>
          {essay.collection && (
            <>
              <dt className="text-stone-600">收于</dt>
              <dd>
                <Link href={essayUrl(essay.collection.id)} className="text-blue-800 hover:underline">
                  {essay.collection.title}
                </Link>
              </dd>
            </>
          )}
          {themes.length > 0 && (
            <>
              <dt className="text-stone-600">主题</dt>
              <dd className="flex flex-wrap gap-x-3">
                {themes.map((t) => (
                  <Link key={t.slug} href={themeUrl(t.slug)} className="text-blue-800 hover:underline">
                    {t.name}
                  </Link>
                ))}
              </dd>
            </>
          )}
          {keywords.length > 0 && (
            <>
              <dt className="text-stone-600">关键词</dt>
              <dd className="flex flex-wrap gap-x-3">
                {keywords.map((k) => (
                  <Link key={k} href={searchUrl(k)} className="text-blue-800 hover:underline">
                    {k}
                  </Link>
                ))}
              </dd>
            </>
          )}
        </dl>
      </header>

      {collection && (
        <nav aria-label="同组文章" className="mb-6 rounded-lg border border-stone-300 p-3 text-sm">
          <h2 className="mb-1 font-semibold">
            {collection.banner.id === essay.id ? "本版刊发" : "同组文章"}（
            <Link href={essayUrl(collection.banner.id)} className="text-blue-800 hover:underline">
              {collection.banner.displayTitle}
            </Link>
            ）
          </h2>
          <ol className="list-decimal pl-6">
            {collection.pieces.map((piece) => (
              <li key={piece.id}>
                {piece.id === essay.id ? (
                  <span aria-current="page" className="font-semibold">{piece.displayTitle}</span>
                ) : (
                  <Link href={essayUrl(piece.id)} className="text-blue-800 hover:underline">
                    {piece.displayTitle}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}

      <StaleAnchor essayId={essay.id} apiBase={paragraphApiUrl("")} />
      <EssayBody essay={essay} />
      <HighlightTerms containerId="essay" />
      <TargetMarker />

      {essay.authorNote && (
        <p className="mt-6 text-sm text-stone-700">
          {essay.authorNote.text}
        </p>
      )}

      <nav aria-label="上一篇与下一篇" className="mt-10 flex flex-col justify-between gap-3 border-t border-stone-200 pt-4 text-sm sm:flex-row">
        {previous ? (
          <Link href={essayUrl(previous.id)} rel="prev" className="text-blue-800 hover:underline">
            ← 上一篇：{previous.displayTitle}
          </Link>
        ) : (
          <span />
        )}
        {next && (
          <Link href={essayUrl(next.id)} rel="next" className="text-blue-800 hover:underline sm:text-right">
            下一篇：{next.displayTitle} →
          </Link>
        )}
      </nav>
    </article>
  );
}
