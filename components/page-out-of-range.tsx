import Link from "next/link";

/** A page number past the last page: how many pages there are, and a way back to the first. */
export function PageOutOfRange({ page, pages, firstPageHref }: { page: number; pages: number; firstPageHref: string }) {
  return (
    <p role="alert" className="rounded border border-stone-300 bg-stone-50 p-3">
      {`没有第 ${page} 页：共 ${pages} 页。`}
      <Link href={firstPageHref} className="text-blue-800 underline">
        回到第 1 页
      </Link>
    </p>
  );
}
