import Link from "next/link";

/** The header on every page: the site name, which leads home. */
export function SiteHeader() {
  return (
    <header className="border-b border-stone-300 bg-stone-50">
      <div className="mx-auto flex max-w-3xl items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-stone-900 no-underline">
          政策文章检索
        </Link>
        <nav aria-label="主导航" className="text-sm">
          <Link href="/essays" className="text-blue-800 underline-offset-4 hover:underline">
            全部文章
          </Link>
        </nav>
      </div>
    </header>
  );
}
