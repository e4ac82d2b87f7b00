import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthorLine } from "@/components/author-line";
import { ShareRedirect } from "@/components/share-redirect";
import { authorsWithSlugs, findParagraph } from "@/lib/browse/essays";
import { paragraphShareUrl, paragraphUrl, textFragment } from "@/lib/web/urls";

/**
 * A paragraph's share page: a path of its own (a URL fragment never reaches
 * the server, so `/essays/<id>#p5` cannot carry a preview of paragraph 5).
 * Its OpenGraph and Twitter tags give the essay title and the paragraph text;
 * a person is sent on to the paragraph in the essay.
 */

type Props = { params: Promise<{ pid: string }> };

/**
 * Rendered per request: prerendering one page per paragraph would be many at
 * scale, and a page cached after its first render would keep that request's
 * CSP nonce.
 */
export const dynamic = "force-dynamic";

/** How much of a paragraph a preview carries; crawlers cut descriptions around here anyway. */
const PREVIEW_LENGTH = 300;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findParagraph((await params).pid);
  // The proxy sends unknown paragraph ids to the 404 page before this runs; this is the fallback.
  if (!found) notFound();
  const { essay, paragraph } = found;
  const text = [...paragraph.text].length > PREVIEW_LENGTH ? `${[...paragraph.text].slice(0, PREVIEW_LENGTH).join("")}…` : paragraph.text;
  const title = `${essay.displayTitle}（第 ${paragraph.n} 段）`;
  const url = paragraphShareUrl(paragraph.id);
  return {
    title,
    description: text,
    alternates: { canonical: url },
    openGraph: { type: "article", title, description: text, url, authors: essay.authors.flatMap((a) => (a.name ? [a.name] : [])) },
    twitter: { card: "summary", title, description: text },
  };
}

export default async function SharePage({ params }: Props) {
  const found = findParagraph((await params).pid);
  if (!found) notFound();
  const { essay, paragraph } = found;
  const target = paragraphUrl(essay.id, paragraph.id);
  // The redirect also carries a text fragment of the opening words: a browser that supports it lands on the text itself.
  const redirect = `${target}${textFragment(paragraph.text)}`;
  return (
    <article className="max-w-[42em]">
      <ShareRedirect to={redirect} />
      <p className="text-sm text-stone-600">分享的段落</p>
      <h1 className="mb-3 text-2xl font-semibold">{essay.displayTitle}</h1>
      <AuthorLine authors={authorsWithSlugs(essay)} />
      <blockquote lang={paragraph.lang} className="my-4 border-l-4 border-amber-400 bg-amber-50 p-3 leading-8">
        {paragraph.text}
      </blockquote>
      <p className="text-sm text-stone-700">{essay.source.label} · 第 {paragraph.n} 段</p>
      <p className="mt-4">
        <Link href={target} className="text-blue-800 underline">
          在全文中阅读第 {paragraph.n} 段 →
        </Link>
      </p>
    </article>
  );
}
