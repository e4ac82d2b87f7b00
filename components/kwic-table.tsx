import { KIND_LABEL } from "@/lib/web/labels";
import type { KwicLine } from "@/lib/research/research";
import { kwicLineUrl } from "@/lib/web/urls";

/**
 * Concordance lines: the hit in a fixed column, its left context
 * right-aligned against it and its right context left-aligned after it, so
 * the hits of every line stand one under the other. Each line links to its
 * paragraph, with the hit highlighted there. Styled by the `.kwic` rules of
 * globals.css rather than per-cell classes: a page has a hundred lines.
 */
export function KwicTable({ lines, offset, width }: { lines: KwicLine[]; offset: number; width: number }) {
  const matchWidth = Math.max(...lines.map((l) => [...l.match].length), 2) + 1;
  return (
    // Wider than the reading column on large screens: a line needs room for two contexts and its source.
    <div className="overflow-x-auto xl:-mx-32">
      <table className="kwic mx-auto" data-kwic>
        <caption className="sr-only">语境：序号、左语境、检索词、右语境、出处</caption>
        <colgroup>
          <col style={{ width: "3.5em" }} />
          <col style={{ width: `${width + 1}em` }} />
          <col style={{ width: `${matchWidth}em` }} />
          <col style={{ width: `${width + 1}em` }} />
          <col style={{ width: "18em" }} />
        </colgroup>
        <thead className="sr-only">
          <tr>
            <th scope="col">序号</th>
            <th scope="col">左语境</th>
            <th scope="col">检索词</th>
            <th scope="col">右语境</th>
            <th scope="col">出处</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={`${line.paragraph.id}-${line.start}-${line.term}`} data-line={offset + i + 1} lang={line.paragraph.lang}>
              <td>{offset + i + 1}</td>
              <td>
                <div>
                  {line.cutLeft && "…"}
                  {line.left}
                </div>
              </td>
              <td>{line.match}</td>
              <td>
                {line.right}
                {line.cutRight && "…"}
              </td>
              <td>
                <a href={kwicLineUrl(line)}>
                  《{line.essay.displayTitle}》第 {line.paragraph.n} 段
                </a>
                {line.paragraph.kind !== "body" && <span>{KIND_LABEL[line.paragraph.kind]}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
