import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LineRangeMarker } from "@/components/line-range-marker";
import { findSource, listSources } from "@/lib/browse/sources";
import { essayUrl, lineAnchor, paragraphUrl, safeDecode, sourceUrlFor } from "@/lib/web/urls";

type Props = { params: Promise<{ file: string }> };

/**
 * Only the prerendered pages exist: an unknown id gets the static not-found
 * page. (Rendering it on demand would cache that render, and with it the
 * request's CSP nonce.)
 */
export const dynamicParams = false;

export function generateStaticParams() {
  return listSources().map((s) => ({ file: s.file }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = findSource(safeDecode((await params).file));
  return found ? { title: `来源：${found.source.label}` } : { title: "未找到来源" };
}

export default async function SourcePage({ params }: Props) {
  const found = findSource(safeDecode((await params).file));
  if (!found) notFound();
  const { source, essays, lines } = found;

  // Where each paragraph starts, so a line can link back to the paragraph read from it.
  const startsAt = new Map<number, { label: string; href: string }[]>();
  const ranges = new Set<string>();
  for (const essay of essays) {
    for (const p of essay.paragraphs) {
      const list = startsAt.get(p.lines[0]) ?? [];
      list.push({ label: `《${essay.displayTitle}》第 ${p.n} 段`, href: paragraphUrl(essay.id, p.id) });
      startsAt.set(p.lines[0], list);
      if (p.lines[0] !== p.lines[1]) ranges.add(lineAnchor(p.lines));
    }
  }
  const rangesAt = new Map<number, string[]>();
  for (const range of ranges) {
    const first = Number(/^L(\d+)/u.exec(range)![1]);
    rangesAt.set(first, [...(rangesAt.get(first) ?? []), range]);
  }

  return (
    <>
      <h1 className="text-2xl font-semibold">{source.label}</h1>
      <p className="mt-1 text-sm text-stone-700">
        文件 <code>{source.file}</code> · {source.encoding.toUpperCase()} · SHA-256 <code className="break-all">{source.sha256.slice(0, 16)}…</code>
        {!source.labelCurated && " · 未编目（显示文件名）"}
      </p>
      <section aria-labelledby="h-essays" className="mt-4">
        <h2 id="h-essays" className="text-lg font-semibold">解析出的文章（{essays.length}）</h2>
        <ol className="list-decimal pl-6">
          {essays.map((e) => (
            <li key={e.id}>
              <Link href={essayUrl(e.id)} className="text-blue-800 hover:underline">
                {e.displayTitle}
              </Link>
              <Link href={sourceUrlFor(source.file, e.lines)} className="ml-2 text-sm text-stone-700 hover:underline">
                第 {e.lines[0]}–{e.lines[1]} 行
              </Link>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="h-text" className="mt-6">
        <h2 id="h-text" className="text-lg font-semibold">原文（{lines.length} 行）</h2>
        <p className="mb-2 text-sm text-stone-700">按原文件逐行显示，未作任何清理；行号可链接。</p>
        <LineRangeMarker />
        <ol className="overflow-x-auto rounded border border-stone-300 bg-stone-50 font-mono text-sm">
          {lines.map((text, i) => {
            const n = i + 1;
            return (
              <li key={n} id={`L${n}`} data-line={n} className="relative grid scroll-mt-24 grid-cols-[2.5rem_1fr] gap-x-3 px-2 data-[marked]:bg-amber-100 target:bg-amber-100">
                {rangesAt.get(n)?.map((r) => <span key={r} id={r} className="absolute top-0 scroll-mt-24" />)}
                <a href={`#L${n}`} className="select-none text-right text-stone-500 hover:text-blue-800" aria-label={`第 ${n} 行`}>
                  {n}
                </a>
                <div className="min-w-0">
                  <span data-line-text className="whitespace-pre-wrap break-all">{text || "\u00a0"}</span>
                  {startsAt.get(n)?.map((p) => (
                    <Link key={p.href} href={p.href} className="block font-sans text-xs text-blue-800 underline">
                      → {p.label}
                    </Link>
                  ))}
                </div>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
