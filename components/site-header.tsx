import Link from "next/link";
import { SearchBox } from "./search-box";

/** The ways into the corpus, in the order a reader meets them. */
const SECTIONS = [
  ["/essays", "文章"],
  ["/authors", "作者"],
  ["/themes", "主题"],
  ["/sources", "来源"],
] as const;

/** The header on every page: skip link, site name, search box (submits to /search?q=), main navigation. */
export function SiteHeader() {
  return (
    <header className="border-b border-stone-300 bg-stone-50">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
        跳到正文
      </a>
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-stone-900">
          政策文章检索
        </Link>
        <SearchBox className="min-w-0 flex-1 basis-56" />
        <nav aria-label="主导航" className="w-full text-sm sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {SECTIONS.map(([href, label]) => (
              <li key={href}>
                <Link href={href} className="text-blue-800 hover:underline">
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
