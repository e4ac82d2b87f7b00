import Link from "next/link";
import { EssayList } from "@/components/essay-list";
import { SearchBox } from "@/components/search-box";
import { listAuthors } from "@/lib/browse/authors";
import { listEssays } from "@/lib/browse/essays";
import { listSources } from "@/lib/browse/sources";
import { listThemes } from "@/lib/browse/themes";
import { themeUrl } from "@/lib/web/urls";

export default function HomePage() {
  const essays = listEssays();
  const themes = listThemes().filter((t) => !t.auto);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">政策文章检索</h1>
      <p className="mb-4 text-stone-700">
        收录 {listSources().length} 个来源、{essays.length} 篇文章、{listAuthors().length} 位作者。按段落检索，或按作者、主题浏览。
      </p>
      <SearchBox className="mb-8" autoFocus />
      <section aria-labelledby="h-themes" className="mb-8">
        <h2 id="h-themes" className="mb-2 text-xl font-semibold">
          <Link href="/themes" className="hover:underline">主题</Link>
        </h2>
        <ul className="flex flex-wrap gap-2">
          {themes.map((t) => (
            <li key={t.slug}>
              <Link href={themeUrl(t.slug)} className="inline-block rounded border border-stone-300 px-2 py-1 text-blue-800 hover:bg-stone-100">
                {t.name}（{t.paragraphs.length}）
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="h-essays">
        <h2 id="h-essays" className="mb-2 text-xl font-semibold">
          <Link href="/essays" className="hover:underline">全部文章</Link>
        </h2>
        <EssayList essays={essays} />
      </section>
    </>
  );
}
