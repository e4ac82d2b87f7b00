import type { Metadata } from "next";
import { EssayList } from "@/components/essay-list";
import { listEssays } from "@/lib/browse/essays";

export const metadata: Metadata = { title: "全部文章" };

export default function EssaysPage() {
  const essays = listEssays();
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">全部文章（{essays.length}）</h1>
      <EssayList essays={essays} />
    </>
  );
}
