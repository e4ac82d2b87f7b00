import type { Metadata } from "next";
import Link from "next/link";
import { listSources } from "@/lib/browse/sources";
import { sourceUrlFor } from "@/lib/web/urls";

export const metadata: Metadata = { title: "来源", description: "每个来源文件的说明、解析出的文章和原文。" };

export default function SourcesPage() {
  const sources = listSources();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">来源（{sources.length}）</h1>
      <ul className="space-y-3">
        {sources.map((s) => (
          <li key={s.file} className="rounded-lg border border-stone-300 p-3">
            <Link href={sourceUrlFor(s.file)} className="font-medium text-blue-800 hover:underline">
              {s.label}
            </Link>
            <p className="text-sm text-stone-700">
              <code>{s.file}</code> · {s.essayIds.length} 篇文章 · {s.paragraphCount} 段 · 原文 {s.lineCount} 行
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
