import type { Essay } from "@/lib/types";

/** An essay's blocks in order, each with an anchor `#p<n>`: headings, summary box, abstract and numbered paragraphs. */
export function EssayBody({ essay }: { essay: Essay }) {
  return (
    <div className="space-y-4">
      {essay.paragraphs.map((p) => {
        const anchor = `p${p.n}`;
        if (p.kind === "heading") {
          return (
            <h2 key={p.id} id={anchor} className="scroll-mt-4 pt-2 text-xl font-semibold">
              {p.text}
            </h2>
          );
        }
        const boxed = p.kind === "summary" || p.kind === "abstract";
        return (
          <p key={p.id} id={anchor} lang={p.lang} className={`scroll-mt-4 ${boxed ? "rounded bg-stone-100 p-3 text-stone-800" : ""}`}>
            <a href={`#${anchor}`} className="mr-2 text-sm text-stone-500 no-underline" aria-label={`第 ${p.n} 段`}>
              {p.n}
            </a>
            {p.label && <strong className="mr-1">{p.kind === "abstract" && p.lang === "en" ? `[${p.label}]` : `【${p.label}】`}</strong>}
            {p.text}
          </p>
        );
      })}
    </div>
  );
}
