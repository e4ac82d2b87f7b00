import type { RelatedItem } from "@/lib/web/json";

/** A list of related paragraphs: where each is, how similar, its opening, the terms it shares. Plain markup, for server and client alike. */
export function RelatedItems({ items }: { items: RelatedItem[] }) {
  return (
    <ol className="mt-1 space-y-2 border-l-2 border-stone-200 pl-3" data-related-items>
      {items.map((r) => (
        <li key={r.id}>
          <a href={r.url} className="text-blue-800 underline">
            《{r.essayTitle}》第 {r.n} 段
          </a>
          <span className="ml-1 text-xs text-stone-600" title="TF-IDF 余弦相似度（0–1）">
            相似度 {r.score.toFixed(2)}
          </span>
          <p className="text-stone-800" lang={r.lang}>
            {r.preview}
          </p>
          <p className="text-xs text-stone-600">共有词语：{r.shared.join("、")}</p>
        </li>
      ))}
    </ol>
  );
}
