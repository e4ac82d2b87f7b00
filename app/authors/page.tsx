import type { Metadata } from "next";
import Link from "next/link";
import { authorsByInitial, unnamedAuthors } from "@/lib/browse/authors";
import { authorUrl } from "@/lib/web/urls";
import { UNKNOWN_INSTITUTION } from "@/lib/catalog/author-labels";

export const metadata: Metadata = { title: "作者", description: "按姓名拼音浏览全部作者及其机构、文章与段落数。" };

export default function AuthorsPage() {
  const groups = authorsByInitial();
  const unnamed = unnamedAuthors();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">作者</h1>
      <nav aria-label="按首字母" className="mb-6">
        <ul className="flex flex-wrap gap-2">
          {groups.map((g) => (
            <li key={g.initial}>
              <a href={`#initial-${g.initial}`} className="inline-block min-w-8 rounded border border-stone-300 px-2 py-1 text-center text-blue-800 hover:bg-stone-100">
                {g.initial}
              </a>
            </li>
          ))}
          {unnamed.length > 0 && (
            <li>
              <a href="#unnamed" className="inline-block rounded border border-stone-300 px-2 py-1 text-blue-800 hover:bg-stone-100">
                未署名
              </a>
            </li>
          )}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.initial} id={`initial-${g.initial}`} aria-labelledby={`h-${g.initial}`} className="mb-6 scroll-mt-4">
          <h2 id={`h-${g.initial}`} className="mb-2 border-b border-stone-200 text-xl font-semibold">
            {g.initial}
          </h2>
          <ul className="space-y-2">
            {g.authors.map((a) => (
              <li key={a.slug}>
                <Link href={authorUrl(a.slug)} className="font-medium text-blue-800 hover:underline">
                  {a.name}
                </Link>
                <span className="ml-2 text-sm text-stone-700">{a.institutions.join("；")}</span>
                <span className="ml-2 text-sm text-stone-600">
                  {a.essays.length} 篇 · {a.paragraphCount} 段
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {unnamed.length > 0 && (
        <section id="unnamed" aria-labelledby="h-unnamed" className="mb-6 scroll-mt-4">
          <h2 id="h-unnamed" className="mb-2 border-b border-stone-200 text-xl font-semibold">
            未署名作者（按机构）
          </h2>
          <p className="mb-2 text-sm text-stone-700">这些文章只有作者单位注释，没有署名。</p>
          <ul className="space-y-2">
            {unnamed.map((a) => (
              <li key={a.slug}>
                <Link href={authorUrl(a.slug)} className="font-medium text-blue-800 hover:underline">
                  {a.institutions[0] ?? UNKNOWN_INSTITUTION}
                </Link>
                <span className="ml-2 rounded bg-stone-200 px-1.5 text-sm">未署名</span>
                <span className="ml-2 text-sm text-stone-600">
                  {a.essays.length} 篇 · {a.paragraphCount} 段
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
