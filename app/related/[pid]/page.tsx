import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RelatedItems } from "@/components/related-items";
import { findParagraph } from "@/lib/browse/essays";
import { relatedTo } from "@/lib/browse/related";
import { toRelatedItems } from "@/lib/web/json";
import { paragraphUrl } from "@/lib/web/urls";

/**
 * The paragraphs related to one paragraph, as a page: what the "related
 * paragraphs" disclosure shows, for readers without JavaScript and for links.
 * Rendered per request (one page per paragraph would be many at scale);
 * unknown ids get the proxy's 404.
 */

type Props = { params: Promise<{ pid: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findParagraph((await params).pid);
  if (!found) notFound();
  return { title: `相关段落：${found.essay.displayTitle}（第 ${found.paragraph.n} 段）`, robots: { index: false } };
}

export default async function RelatedPage({ params }: Props) {
  const found = findParagraph((await params).pid);
  if (!found) notFound();
  const { essay, paragraph } = found;
  const items = toRelatedItems(relatedTo(paragraph.id));
  return (
    <article className="max-w-[42em]">
      <h1 className="mb-3 text-2xl font-semibold">相关段落</h1>
      <blockquote lang={paragraph.lang} className="mb-2 border-l-4 border-amber-400 bg-amber-50 p-3 leading-8">
        {paragraph.text}
      </blockquote>
      <p className="mb-4 text-sm">
        <Link href={paragraphUrl(essay.id, paragraph.id)} className="text-blue-800 underline">
          《{essay.displayTitle}》第 {paragraph.n} 段
        </Link>
      </p>
      {items.length > 0 ? <RelatedItems items={items} /> : <p>其他文章中没有足够相似的段落。</p>}
      <p className="mt-4 text-sm text-stone-700">相似度：两段的 jieba 词语（不含虚词、单字与数字）按 TF-IDF 加权后的余弦相似度，0–1；只列其他文章中相似度不低于 0.1 的段落，最多 5 段。</p>
    </article>
  );
}
