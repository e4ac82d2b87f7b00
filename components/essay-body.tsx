import type { ReactNode } from "react";
import type { Essay, Paragraph } from "@/lib/types";
import { paragraphAnchor } from "@/lib/web/urls";
import { ParagraphBlock } from "./paragraph-block";

/**
 * An essay's blocks in reading order: the summary box and the abstract set
 * apart in boxes of their own, section headings, and numbered paragraphs.
 * Every block has the anchor of its durable id (`#p<k>`, see paragraphAnchor).
 */
export function EssayBody({ essay }: { essay: Essay }) {
  const out: ReactNode[] = [];
  const blocks = essay.paragraphs;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === "summary" || block.kind === "abstract") {
      const group: Paragraph[] = [];
      while (blocks[i]?.kind === block.kind) group.push(blocks[i++]!);
      i--;
      const label = block.kind === "summary" ? "阅读提要" : "摘要";
      out.push(
        <section key={block.id} aria-label={label} className="my-4 rounded-lg border border-stone-300 bg-stone-50 p-3">
          <h2 className="mb-2 text-base font-semibold text-stone-800">{label}</h2>
          {group.map((p) => (
            <ParagraphBlock key={p.id} essay={essay} paragraph={p} />
          ))}
        </section>,
      );
    } else if (block.kind === "heading") {
      const Heading = (block.level ?? 1) >= 2 ? "h3" : "h2";
      out.push(
        <Heading key={block.id} id={paragraphAnchor(essay.id, block.id)} className="scroll-mt-24 pt-4 text-xl font-semibold target:bg-amber-50 data-[targeted]:bg-amber-50">
          {block.text}
        </Heading>,
      );
    } else {
      out.push(<ParagraphBlock key={block.id} essay={essay} paragraph={block} />);
    }
  }
  return <div className="space-y-3">{out}</div>;
}
