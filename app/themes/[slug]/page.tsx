import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findEssay } from "@/lib/browse/essays";
import { findTheme, listThemes } from "@/lib/browse/themes";
import { essayUrl, paragraphUrl } from "@/lib/web/urls";

type Props = { params: Promise<{ slug: string }> };

/** How many paragraphs a theme page lists; the count says how many there are in all. */
const PARAGRAPHS_SHOWN = 100;
/** Characters of context shown around the first matched term. */
const SNIPPET = 60;

/**
 * Only the prerendered pages exist: an unknown id gets the static not-found
 * page. (Rendering it on demand would cache that render, and with it the
 * request's CSP nonce.)
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return listThemes().map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = findTheme((await params).slug);
  return theme ? { title: `主题：${theme.name}`, description: theme.description ?? `与“${theme.name}”相关的段落与文章。` } : { title: "未找到主题" };
}

export default async function ThemePage({ params }: Props) {
  const theme = findTheme((await params).slug);
  if (!theme) notFound();
  return (
    <>
      <h1 className="text-2xl font-semibold">主题：{theme.name}</h1>
      {theme.description && <p className="mt-1 text-stone-700">{theme.description}</p>}
      <p className="mt-2 text-sm text-stone-700">
        归入依据：段落含有以下任一词语——{theme.terms.join("、")}。{theme.auto && "（由语料关键词自动生成）"}
      </p>

      <section aria-labelledby="h-essays" className="mt-6">
        <h2 id="h-essays" className="text-lg font-semibold">文章（{theme.essays.length}）</h2>
        <ol className="list-decimal pl-6">
          {theme.essays.map((e) => {
            const essay = findEssay(e.id);
            return essay ? (
              <li key={e.id}>
                <Link href={essayUrl(e.id)} className="text-blue-800 hover:underline">
                  {essay.displayTitle}
                </Link>
                <span className="ml-2 text-sm text-stone-600">{e.paragraphCount} 段相关</span>
              </li>
            ) : null;
          })}
        </ol>
      </section>

      <section aria-labelledby="h-paragraphs" className="mt-6">
        <h2 id="h-paragraphs" className="text-lg font-semibold">
          段落（{theme.paragraphs.length}{theme.paragraphs.length > PARAGRAPHS_SHOWN ? `，显示前 ${PARAGRAPHS_SHOWN}` : ""}），按相关程度排序
        </h2>
        <ol className="mt-2 space-y-3">
          {theme.paragraphs.slice(0, PARAGRAPHS_SHOWN).map((m) => {
            const essay = findEssay(m.essayId);
            const paragraph = essay?.paragraphs.find((p) => p.id === m.id);
            if (!essay || !paragraph) return null;
            return (
              <li key={m.id} className="border-b border-stone-200 pb-2">
                <p className="leading-7">{snippet(paragraph.text, m.matched[0]?.term ?? "")}</p>
                <p className="text-sm text-stone-700">
                  <Link href={paragraphUrl(essay.id, paragraph.id, m.matched.map((t) => t.term))} className="text-blue-800 underline" data-theme-paragraph>
                    《{essay.displayTitle}》第 {paragraph.n} 段
                  </Link>
                  <span className="ml-2">命中：{m.matched.map((t) => `${t.term}×${t.count}`).join("、")}</span>
                  <span className="ml-2 text-stone-600">得分 {m.score.toFixed(2)}</span>
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}

/** The text around the first occurrence of `term`, with ellipses where it was cut. */
function snippet(text: string, term: string): string {
  const chars = [...text];
  if (chars.length <= SNIPPET * 2) return text;
  const at = Math.max(0, [...text.slice(0, Math.max(0, text.indexOf(term)))].length);
  const start = Math.max(0, Math.min(at - SNIPPET / 2, chars.length - SNIPPET * 2));
  const end = Math.min(chars.length, start + SNIPPET * 2);
  return `${start > 0 ? "…" : ""}${chars.slice(start, end).join("")}${end < chars.length ? "…" : ""}`;
}
