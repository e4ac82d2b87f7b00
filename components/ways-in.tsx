import Link from "next/link";

/** The search page before anything is asked: where to browse instead, the curated themes, and the query syntax. */
export function WaysIn({ themes }: { themes: { name: string; url: string }[] }) {
  return (
    <div className="space-y-3">
      <p>输入词语检索段落。也可以从这里进入：</p>
      <ul className="flex flex-wrap gap-3">
        <li><Link href="/authors" className="text-blue-800 underline">按作者浏览</Link></li>
        <li><Link href="/themes" className="text-blue-800 underline">按主题浏览</Link></li>
        <li><Link href="/sources" className="text-blue-800 underline">按来源浏览</Link></li>
        <li><Link href="/essays" className="text-blue-800 underline">全部文章</Link></li>
      </ul>
      <p className="text-sm text-stone-700">
        主题：
        {themes.map((t, i) => (
          <span key={t.url}>
            {i > 0 && "、"}
            <Link href={t.url} className="text-blue-800 underline">{t.name}</Link>
          </span>
        ))}
      </p>
      <p className="text-sm text-stone-700">语法：<code>{'"精确短语"'}</code>、<code>-排除词</code>、<code>甲 OR 乙</code>、<code>作者:林晨</code>、<code>机构:</code>、<code>来源:</code>、<code>主题:</code>。</p>
    </div>
  );
}
