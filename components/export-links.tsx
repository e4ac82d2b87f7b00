import { EXPORT_MAX_ROWS } from "@/lib/web/params";
import { exportUrl, type ExportView } from "@/lib/web/urls";
import type { FilterField } from "@/lib/search/query";

/** Download links for a view's whole data, saying how many rows that is and where it stops. */
export function ExportLinks({ view, q, filters, extra, rows }: { view: ExportView; q: string; filters: Partial<Record<FilterField, string[]>>; extra?: Record<string, string>; rows: number }) {
  const state = { q, filters, extra };
  return (
    <p className="text-sm text-stone-700" data-export={view}>
      导出全部 {Math.min(rows, EXPORT_MAX_ROWS)} 行：
      <a href={exportUrl(view, "csv", state)} download className="text-blue-800 underline">
        CSV
      </a>
      {" · "}
      <a href={exportUrl(view, "json", state)} download className="text-blue-800 underline">
        JSON
      </a>
      <span className="ml-1">（每个文件最多 {EXPORT_MAX_ROWS} 行{rows > EXPORT_MAX_ROWS ? `，共 ${rows} 行，超出部分不含` : ""}）</span>
    </p>
  );
}
