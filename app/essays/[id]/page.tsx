import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EssayBody } from "@/components/essay-body";
import { describeAuthor, findEssay, listEssays } from "@/lib/essays";

type Props = { params: Promise<{ id: string }> };

export function generateStaticParams() {
  return listEssays().map((essay) => ({ id: essay.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const essay = findEssay((await params).id);
  return essay ? { title: essay.displayTitle } : { title: "未找到文章" };
}

export default async function EssayPage({ params }: Props) {
  const essay = findEssay((await params).id);
  if (!essay) notFound();
  return (
    <article>
      <h1 className="text-2xl font-semibold">{essay.displayTitle}</h1>
      {essay.titleDerived && <p className="text-sm text-stone-600">原文无题，标题据正文拟。</p>}
      <p className="mt-2 text-stone-700">{essay.authors.length > 0 ? essay.authors.map(describeAuthor).join("；") : "作者不详"}</p>
      <p className="mb-6 text-sm text-stone-600">{essay.source.label}</p>
      <EssayBody essay={essay} />
    </article>
  );
}
