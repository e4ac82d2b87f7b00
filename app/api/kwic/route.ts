import type { NextRequest } from "next/server";
import { jsonError, withResearch } from "@/lib/web/responses";
import { toKwicJson } from "@/lib/web/json";
import { parseKwicParams } from "@/lib/web/params";

/**
 * GET /api/kwic?q=&sort=&width=&offset=&limit=&author=&institution=&source=&theme=
 * One page of the concordance: every occurrence of the query's words in the
 * paragraphs the query matches, with context; 400 with a JSON message for bad
 * parameters.
 */
export function GET(request: NextRequest): Response {
  const parsed = parseKwicParams(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  return withResearch((_engine, research) =>
    Response.json(toKwicJson(parsed.request, research.concordance(parsed.request)), { headers: { "Cache-Control": "private, no-store" } }),
  );
}
