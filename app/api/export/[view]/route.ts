import type { NextRequest } from "next/server";
import { jsonError, withResearch } from "@/lib/web/responses";
import { distributionTable, exportCsv, exportFileName, exportJson, kwicTable, resultsTable, type ExportTable } from "@/lib/web/export";
import type { Research } from "@/lib/research/research";
import type { SearchEngine } from "@/lib/search/engine";
import { parseDistributionParams, parseKwicParams, parseSearchParams, withoutPaging } from "@/lib/web/params";
import { siteUrl } from "@/lib/web/urls";

/**
 * GET /api/export/results|kwic|distribution?format=csv|json&q=&…
 * The whole of a view as a download (up to EXPORT_MAX_ROWS rows), with the
 * same parameters as the view; 400 with a JSON message for bad ones, 404 for
 * an unknown view.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ view: string }> }): Promise<Response> {
  const { view } = await params;
  const search = request.nextUrl.searchParams;
  const format = search.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") return jsonError(400, 'format must be "csv" or "json"');
  // Links in a file must work outside the browser: absolute, on the site's address.
  const origin = siteUrl().origin;

  let table: (engine: SearchEngine, research: Research) => ExportTable;
  if (view === "results") {
    const parsed = parseSearchParams(withoutPaging(search));
    if (!parsed.ok) return jsonError(400, parsed.error);
    const { query, filters = {}, sort } = parsed.request;
    table = (engine) => resultsTable(engine, { query, filters, sort }, origin);
  } else if (view === "kwic") {
    const parsed = parseKwicParams(withoutPaging(search));
    if (!parsed.ok) return jsonError(400, parsed.error);
    const request = parsed.request;
    table = (_engine, research) => kwicTable(research, request, origin);
  } else if (view === "distribution") {
    const parsed = parseDistributionParams(search);
    if (!parsed.ok) return jsonError(400, parsed.error);
    const request = parsed.request;
    table = (_engine, research) => distributionTable(research, request);
  } else {
    return jsonError(404, "no such export; use results, kwic or distribution");
  }

  return withResearch((engine, research) => {
    const data = table(engine, research);
    const now = new Date();
    const name = exportFileName(data.view, data.query, format, now);
    const body = format === "csv" ? exportCsv(data, now) : exportJson(data, now);
    return new Response(body, {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        // An ASCII name for old clients, the real one (UTF-8, RFC 5987) for the rest.
        "Content-Disposition": `attachment; filename="${name.replace(/[^\x20-\x7e]/gu, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
