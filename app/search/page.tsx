import type { Metadata } from "next";
import Link from "next/link";
import { MarkedText } from "@/components/marked-text";
import { SearchBox } from "@/components/search-box";
import { describeAuthor } from "@/lib/browse/essays";
import { findParagraphsContaining } from "@/lib/search/substring";
import { paragraphUrl } from "@/lib/site";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/** How many results the page shows. */
const SHOWN = 50;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = first((await searchParams).q);
  return { title: q ? `检索：${q}` : "检索", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const q = first((await searchParams).q).trim();
  const hits = q ? findParagraphsContaining(q) : [];
  return (
    <>
      <h1 className="mb-3 text-2xl font-semibold">检索段落</h1>
      <SearchBox defaultValue={q} className="mb-4" />
      {q === "" ? (
        <p className="text-stone-700">输入词语检索段落，或从<Link href="/authors" className="text-blue-800 underline">作者</Link>、<Link href="/themes" className="text-blue-800 underline">主题</Link>、<Link href="/sources" className="text-blue-800 underline">来源</Link>浏览。</p>
      ) : hits.length === 0 ? (
        <p role="status">没有段落包含“{q}”。试试更短的词，或换一个说法。</p>
      ) : (
        <>
          <p role="status" className="mb-3 text-stone-700">
            共 {hits.length} 段包含“{q}”{hits.length > SHOWN ? `，显示前 ${SHOWN} 段` : ""}（按在语料中的顺序）。
          </p>
          <ol className="space-y-4">
            {hits.slice(0, SHOWN).map(({ essay, paragraph, spans }) => (
              <li key={paragraph.id} className="border-b border-stone-200 pb-3">
                <p className="leading-7">
                  <MarkedText text={paragraph.text} spans={spans} />
                </p>
                <p className="mt-1 text-sm text-stone-700">
                  <Link href={paragraphUrl(essay.id, paragraph.n, [q])} className="text-blue-800 hover:underline">
                    《{essay.displayTitle}》第 {paragraph.n} 段
                  </Link>
                  <span className="ml-2">{essay.authors.map(describeAuthor).join("；") || "作者不详"}</span>
                  <span className="ml-2 text-stone-600">{essay.source.label}</span>
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}
