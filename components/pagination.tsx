import Link from "next/link";

/** Pages listed around the current one in the numbered layout (and always the first and last). */
const AROUND = 2;

/** Classes of the `<nav>` in each layout. */
const NAV_CLASS = { numbered: "mt-6 flex flex-wrap items-center gap-2 text-sm", counter: "mt-4 flex flex-wrap gap-3 text-sm" } as const;

/**
 * Previous / next links around the pages of a view, as plain links so paging
 * works without JavaScript. `numbered` lists the first, last and nearby pages
 * (the search page); `counter` says "第 3 / 9 页" (the concordance, whose
 * pages are long). Nothing when there is one page.
 */
export function Pagination({ page, pages, hrefFor, layout = "numbered" }: { page: number; pages: number; hrefFor: (page: number) => string; layout?: keyof typeof NAV_CLASS }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="分页" className={NAV_CLASS[layout]}>
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" className="text-blue-800 underline">
          上一页
        </Link>
      )}
      {layout === "numbered" ? (
        <PageNumbers page={page} pages={pages} hrefFor={hrefFor} />
      ) : (
        <span>
          第 {page} / {pages} 页
        </span>
      )}
      {page < pages && (
        <Link href={hrefFor(page + 1)} rel="next" className="text-blue-800 underline">
          下一页
        </Link>
      )}
    </nav>
  );
}

function PageNumbers({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const around = Array.from({ length: pages }, (_, i) => i + 1).filter((p) => p === 1 || p === pages || Math.abs(p - page) <= AROUND);
  return around.map((p, i) => (
    <span key={p}>
      {i > 0 && around[i - 1]! < p - 1 && <span className="mr-2">…</span>}
      {p === page ? (
        <strong aria-current="page">{p}</strong>
      ) : (
        <Link href={hrefFor(p)} className="text-blue-800 underline">
          {p}
        </Link>
      )}
    </span>
  ));
}
