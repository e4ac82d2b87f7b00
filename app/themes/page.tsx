import type { Metadata } from "next";
import Link from "next/link";
import { listThemes } from "@/lib/browse/themes";
import { themeUrl } from "@/lib/web/urls";

export const metadata: Metadata = { title: "主题", description: "按主题浏览段落与文章。" };

export default function ThemesPage() {
  const themes = listThemes();
  const curated = themes.filter((t) => !t.auto);
  const auto = themes.filter((t) => t.auto);
  const list = (items: typeof themes) => (
    <ul className="grid gap-3 sm:grid-cols-2">
      {items.map((t) => (
        <li key={t.slug} className="rounded-lg border border-stone-300 p-3">
          <Link href={themeUrl(t.slug)} className="text-lg font-medium text-blue-800 hover:underline">
            {t.name}
          </Link>
          <p className="text-sm text-stone-700">
            {t.essays.length} 篇文章 · {t.paragraphs.length} 段
          </p>
          {t.description && <p className="text-sm text-stone-700">{t.description}</p>}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">主题</h1>
      <section aria-labelledby="h-curated" className="mb-8">
        <h2 id="h-curated" className="mb-2 text-xl font-semibold">编选主题</h2>
        {list(curated)}
      </section>
      {auto.length > 0 && (
        <section aria-labelledby="h-auto">
          <h2 id="h-auto" className="mb-2 text-xl font-semibold">语料高频关键词</h2>
          <p className="mb-2 text-sm text-stone-700">由各篇文章的关键词自动生成。</p>
          {list(auto)}
        </section>
      )}
    </>
  );
}
