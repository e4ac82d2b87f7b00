import { EssayList } from "@/components/essay-list";
import { listEssays } from "@/lib/essays";

export default function HomePage() {
  const essays = listEssays();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">政策文章检索</h1>
      <p className="mb-6 text-stone-700">收录 {essays.length} 篇文章。</p>
      <EssayList essays={essays} />
    </>
  );
}
