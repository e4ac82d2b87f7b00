import Link from "next/link";

/** The footer: what the corpus is and where its data comes from. */
export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-stone-300 bg-stone-50">
      <div className="mx-auto max-w-4xl px-4 py-4 text-sm text-stone-700">
        文本据原始文件解析整理，段落可对照<Link href="/sources" className="text-blue-800 underline">原文行号</Link>核对。
        数据接口：
        {/* JSON, not a page: a plain link, so the router does not try to render it. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/api/essays" className="text-blue-800 underline">/api/essays</a>
      </div>
    </footer>
  );
}
