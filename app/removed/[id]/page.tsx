import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { lookUpEssay, lookUpParagraph } from "@/lib/browse/anchors";
import { essayUrl, paragraphUrl, safeDecode } from "@/lib/web/urls";

/**
 * What a link to a removed passage shows: the proxy rewrites `/p/<id>`,
 * `/related/<id>` and `/essays/<id>` of an id whose text was removed in a
 * revision to this page, the URL left as the reader had it (noindex; the
 * API answers the same id with 410 Gone).
 * It names what was removed and offers the essay and the nearest paragraph
 * that survived: a clear "gone", never another paragraph in its place.
 */

type Props = { params: Promise<{ id: string }> };

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "此段已删除", robots: { index: false } };

export default async function RemovedPage({ params }: Props) {
  const id = safeDecode((await params).id);
  const paragraph = lookUpParagraph(id);
  if (paragraph?.status === "gone") {
    return (
      <article className="max-w-[42em]" data-removed={id}>
        <h1 className="mb-3 text-2xl font-semibold">此段已在修订中删除</h1>
        <p className="leading-8">
          链接所指的段落（<code className="text-sm">{id}</code>）在语料修订时已被删除，原文不再收录这段文字。
        </p>
        <ul className="mt-4 list-disc space-y-1 pl-6">
          {paragraph.essay && (
            <li>
              所在文章：
              <Link href={essayUrl(paragraph.essay.id)} className="text-blue-800 underline">
                《{paragraph.essay.displayTitle}》
              </Link>
            </li>
          )}
          {paragraph.nearest && (
            <li>
              <Link href={paragraphUrl(paragraph.nearest.essay.id, paragraph.nearest.paragraph.id)} className="text-blue-800 underline" data-nearest>
                阅读相邻的第 {paragraph.nearest.paragraph.n} 段
              </Link>
            </li>
          )}
        </ul>
      </article>
    );
  }
  const essay = lookUpEssay(id);
  if (essay?.status === "gone") {
    return (
      <article className="max-w-[42em]" data-removed={id}>
        <h1 className="mb-3 text-2xl font-semibold">此文已在修订中删除</h1>
        <p className="leading-8">链接所指的文章（<code className="text-sm">{id}</code>）在语料修订时已被删除。</p>
        <p className="mt-4">
          <Link href="/essays" className="text-blue-800 underline">
            浏览全部文章
          </Link>
        </p>
      </article>
    );
  }
  notFound();
}
