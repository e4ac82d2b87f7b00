import type { NextRequest } from "next/server";
import { jsonError } from "@/lib/api-responses";
import { toSearchJson } from "@/lib/api-shapes";
import { CorpusUnavailableError } from "@/lib/corpus-store";
import { getSearchEngine } from "@/lib/search/service";
import { parseSearchParams } from "@/lib/search/request";

/**
 * GET /api/search?q=&limit=&offset=&author=&institution=&source=&theme=&sort=
 * Ranked paragraphs with highlight offsets and facets; 400 with a JSON
 * message for bad parameters. Not cached by shared caches.
 */
export function GET(request: NextRequest): Response {
  const parsed = parseSearchParams(request.nextUrl.searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  let engine;
  try {
    engine = getSearchEngine();
  } catch (error) {
    if (error instanceof CorpusUnavailableError) return jsonError(503, "search is not available on this server: the index has not been built");
    throw error;
  }
  const { request: search } = parsed;
  const response = engine.search(search);
  return Response.json(toSearchJson(search, response), { headers: { "Cache-Control": "private, no-store" } });
}
